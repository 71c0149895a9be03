package io.casework.casenotes.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.casenotes.repository.Document;
import io.casework.casenotes.rest.dto.DocumentDto;
import io.casework.contracts.events.DocumentAdded;
import org.mapstruct.Context;
import org.mapstruct.Mapper;

import java.util.UUID;

/** Documents to the wire and to their event; the content itself never passes through here. */
@Mapper
public interface DocumentMapper {

    default DocumentDto toDto(Document document, UUID supersededBy, @Context StoredOrganisation organisation) {
        // The record kept who added it by name and job title as they were; their team is the organisation model's.
        Person now = organisation.person(document.getAddedBy());
        return new DocumentDto(document.getId(), document.getChildId(), document.getNoteId(),
                document.getDocumentType(), document.getTitle(), document.getDirection(), document.getDated(),
                document.getFileName(), document.getMediaType(), document.getSizeBytes(), document.getSha256(),
                new Person(document.getAddedBy(), document.getAddedByName(), document.getAddedByDesignation(),
                        now == null ? null : now.team()),
                document.getAddedAt(), document.getSupersedes(), supersededBy,
                document.getDocumentType().uploadTimescale().orElse(null));
    }

    default DocumentAdded added(Document document) {
        return new DocumentAdded(document.getChildId(), document.getId(), document.getDocumentType().name(),
                document.getDirection().name(), document.getDated(), document.getAddedAt(), document.getAddedBy(),
                document.getNoteId(), document.getSupersedes(),
                document.getDocumentType().uploadTimescale().orElse(null));
    }
}
