package io.casework.approvals.repository;

import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OrganisationChangeRepository implements PanacheRepositoryBase<OrganisationChange, Long> {

    /** One page of the subject's history, first version to latest; {@code limit + 1} rows. */
    public List<OrganisationChange> history(OrganisationChange.SubjectKind kind, String subjectId, PageQuery page) {
        long after = page.after() == null ? 0 : page.after().number(0);
        return find("subjectKind = ?1 and subjectId = ?2 and version > ?3 order by version", kind, subjectId, after)
                .page(0, page.rows()).list();
    }
}
