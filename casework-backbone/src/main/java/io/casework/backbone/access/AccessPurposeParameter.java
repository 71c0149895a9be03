package io.casework.backbone.access;

import io.casework.backbone.access.enforce.ChildAccess;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;

/**
 * Documents the purpose header on every operation that reads or writes a child's record, in one place: the access
 * policy may allow those only with a stated purpose (ACCESS-RULES "P"), whatever the operation.
 */
public class AccessPurposeParameter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        Object accessClass = extensions == null ? null : extensions.get(AccessClass.EXTENSION);
        if (AccessClass.Names.RECORD_READ.equals(accessClass) || AccessClass.Names.RECORD_WRITE.equals(accessClass)) {
            boolean present = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> ChildAccess.PURPOSE_HEADER.equalsIgnoreCase(p.getName()));
            if (!present) {
                operation.addParameter(OASFactory.createParameter()
                        .name(ChildAccess.PURPOSE_HEADER)
                        .in(Parameter.In.HEADER)
                        .required(false)
                        .description("Why you need this child's data when it is not on your caseload or "
                                + "management line (002 s.5). Without it such an access is refused with "
                                + "access-purpose-required; with it, it is allowed and logged with the purpose.")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media
                                .Schema.SchemaType.STRING).maxLength(500)));
            }
        }
        return operation;
    }
}
