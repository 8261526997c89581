package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.IdNumber;
import cn.safetysupervision.registry.domain.IdentityProtection;
import cn.safetysupervision.registry.domain.PractitionerService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Practitioner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk import of the lists associations keep in spreadsheets. Every row is validated first; if any row is rejected
 * the answer lists each rejected row with its reasons and nothing is stored. Otherwise all rows are stored in one
 * transaction.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"text/csv", Spreadsheets.XLSX})
@Tag(name = "Bulk import", description = ".xlsx or .csv (UTF-8); first row = column names (Chinese or API field names)")
public class ImportResource {

    /** One rejected row and why. */
    public record RejectedRow(int row, List<Problem.FieldError> errors) {
    }

    /** A successful import. */
    public record ImportResult(int imported, List<UUID> ids) {
    }

    static final Map<String, List<String>> AGENCY_COLUMNS = columns(
            "creditCode", "统一社会信用代码,组织机构代码",
            "name", "机构名称",
            "legalRepresentative", "法定代表人",
            "registeredAddress", "注册地址",
            "officeAddress", "办公地址",
            "postcode", "邮政编码",
            "legalRepresentativePhone", "法定代表人电话,法定代表人联系电话",
            "contactPerson", "联系人",
            "contactPhone", "联系电话,联系人电话",
            "email", "电子邮箱,邮箱",
            "licenceIssuer", "营业执照颁发机关,颁发机关",
            "licenceIssuedOn", "营业执照颁发日期,颁发日期",
            "businessContent", "开展业务内容,业务内容");

    static final Map<String, List<String>> PRACTITIONER_COLUMNS = columns(
            "name", "姓名",
            "idNumber", "身份证号码,身份证号,公民身份号码",
            "phone", "联系电话,手机");

    private final AgencyService agencies;
    private final PractitionerService practitioners;
    private final IdentityProtection identity;
    private final AgencyApiMapper mapper;
    private final Validator validator;
    private final Caller caller;
    private final RegistryConfig config;

    ImportResource(AgencyService agencies, PractitionerService practitioners, IdentityProtection identity,
                   AgencyApiMapper mapper, Validator validator, Caller caller, RegistryConfig config) {
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.identity = identity;
        this.mapper = mapper;
        this.validator = validator;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Path("/agencies")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Import agencies from .xlsx or .csv",
            description = "All or nothing: 201 with the new ids, or 422 listing every rejected row with its reasons. "
                    + "Each imported agency emits agency.registered.v1.")
    public Response importAgencies(byte[] body, @HeaderParam("Content-Type") String contentType) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Spreadsheets.Line> lines = lines(body, contentType, AGENCY_COLUMNS, rows);
        List<RejectedRow> rejected = new ArrayList<>();
        List<RegisterAgencyRequest> requests = new ArrayList<>();
        Map<String, Integer> codesInFile = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> r = rows.get(i);
            List<Problem.FieldError> errors = new ArrayList<>();
            LocalDate issuedOn = date(r.get("licenceIssuedOn"), "licenceIssuedOn", errors);
            String code = r.get("creditCode") == null ? null : r.get("creditCode").toUpperCase();
            RegisterAgencyRequest request = new RegisterAgencyRequest(code, r.get("name"),
                    r.get("legalRepresentative"), r.get("registeredAddress"), r.get("officeAddress"), r.get("postcode"),
                    r.get("legalRepresentativePhone"), r.get("contactPerson"), r.get("contactPhone"), r.get("email"),
                    r.get("licenceIssuer"), issuedOn, r.get("businessContent"));
            errors.addAll(violations(validator.validate(request)));
            if (code != null) {
                Integer earlier = codesInFile.putIfAbsent(code, lines.get(i).number());
                if (earlier != null) {
                    errors.add(new Problem.FieldError("creditCode", "same code as row " + earlier));
                } else if (Agency.findByCreditCode(code).isPresent()) {
                    errors.add(new Problem.FieldError("creditCode", "an agency with this code is already registered"));
                }
            }
            reject(rejected, lines.get(i).number(), errors);
            requests.add(request);
        }
        refuseIfRejected(rejected, lines.size());
        List<UUID> ids = new ArrayList<>();
        for (RegisterAgencyRequest request : requests) {
            ids.add(agencies.register(request.creditCode(), mapper.toData(request)).id);
        }
        return Response.status(Response.Status.CREATED).entity(new ImportResult(ids.size(), ids)).build();
    }

    @POST
    @Path("/practitioners")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Import practitioners from .xlsx or .csv",
            description = "All or nothing, like the agency import. Each imported practitioner emits practitioner.registered.v1.")
    public Response importPractitioners(byte[] body, @HeaderParam("Content-Type") String contentType) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Spreadsheets.Line> lines = lines(body, contentType, PRACTITIONER_COLUMNS, rows);
        List<RejectedRow> rejected = new ArrayList<>();
        List<RegisterPractitionerRequest> requests = new ArrayList<>();
        Map<String, Integer> idsInFile = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> r = rows.get(i);
            String number = r.get("idNumber") == null ? null : IdNumber.normalise(r.get("idNumber"));
            RegisterPractitionerRequest request = new RegisterPractitionerRequest(r.get("name"), number, r.get("phone"));
            List<Problem.FieldError> errors = new ArrayList<>(violations(validator.validate(request)));
            if (number != null && errors.stream().noneMatch(e -> e.field().equals("idNumber"))) {
                var problem = IdNumber.problem(number);
                if (problem.isPresent()) {
                    errors.add(new Problem.FieldError("idNumber", "is not a valid 身份证 number: " + problem.get()));
                } else {
                    Integer earlier = idsInFile.putIfAbsent(number, lines.get(i).number());
                    if (earlier != null) {
                        errors.add(new Problem.FieldError("idNumber", "same person as row " + earlier));
                    } else if (Practitioner.findByHash(identity.hash(number)).isPresent()) {
                        errors.add(new Problem.FieldError("idNumber", "a practitioner with this 身份证 number is already registered"));
                    }
                }
            }
            reject(rejected, lines.get(i).number(), errors);
            requests.add(request);
        }
        refuseIfRejected(rejected, lines.size());
        List<UUID> ids = new ArrayList<>();
        for (RegisterPractitionerRequest request : requests) {
            ids.add(practitioners.register(request.name(), request.idNumber(), request.phone(), null, caller.name()).id);
        }
        return Response.status(Response.Status.CREATED).entity(new ImportResult(ids.size(), ids)).build();
    }

    /** Reads the file, maps its headers to fields (unknown headers are a 400), and fills {@code rows}. */
    private List<Spreadsheets.Line> lines(byte[] body, String contentType, Map<String, List<String>> columns,
                                          List<Map<String, String>> rows) {
        List<Spreadsheets.Line> lines = Spreadsheets.read(body, contentType);
        if (lines.isEmpty()) {
            throw ProblemException.invalidField("body", "the file has no data rows");
        }
        if (lines.size() > config.maxImportRows()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "at most " + config.maxImportRows() + " rows per file; split the list");
        }
        Map<String, String> headerToField = new HashMap<>();
        columns.forEach((field, names) -> names.forEach(n -> headerToField.put(n, field)));
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (String header : lines.get(0).cells().keySet()) {
            if (!header.isEmpty() && !headerToField.containsKey(header)) {
                unknown.add(new Problem.FieldError(header, "unknown column; known: " + columns.keySet()));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        for (Spreadsheets.Line line : lines) {
            Map<String, String> row = new HashMap<>();
            line.cells().forEach((header, value) -> {
                String field = headerToField.get(header);
                if (field != null && value != null) {
                    row.put(field, value);
                }
            });
            rows.add(row);
        }
        return lines;
    }

    private static void reject(List<RejectedRow> rejected, int row, List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            rejected.add(new RejectedRow(row, errors.stream()
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList()));
        }
    }

    private static void refuseIfRejected(List<RejectedRow> rejected, int total) {
        if (!rejected.isEmpty()) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("rejectedRows", rejected);
            extensions.put("totalRows", total);
            throw new ProblemException(ProblemType.UNPROCESSABLE, rejected.size() + " of " + total
                    + " rows are invalid; nothing was imported", List.of(), extensions);
        }
    }

    private static LocalDate date(String value, String field, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "is not a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static <T> List<Problem.FieldError> violations(java.util.Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
    }

    private static Map<String, List<String>> columns(String... pairs) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            List<String> names = new ArrayList<>(List.of(pairs[i + 1].split(",")));
            names.add(pairs[i]);
            columns.put(pairs[i], names);
        }
        return columns;
    }
}
