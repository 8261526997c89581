package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.CredentialLevel;
import cn.safetysupervision.registry.domain.CredentialType;
import cn.safetysupervision.registry.domain.EmploymentType;
import cn.safetysupervision.registry.domain.IdNumber;
import cn.safetysupervision.registry.domain.IdentityProtection;
import cn.safetysupervision.registry.domain.PractitionerService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Practitioner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bulk import of the lists associations keep in spreadsheets, and the empty templates. Every row is validated first,
 * against the same domain rules as the single endpoints and against the file's earlier rows; if any row is rejected
 * the answer lists each rejected row with its reasons and nothing is stored or published. Otherwise all rows are
 * stored through the single endpoints' domain methods (so they publish the same events) in one transaction.
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

    /** A successful practitioner import: the new practitioners and the credentials and employments the rows added. */
    public record PractitionerImportResult(int imported, List<UUID> ids, int credentials, int employments) {
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

    /** Practitioner columns: the person, optionally one credential and one employment (the first name is the template's). */
    static final Map<String, List<String>> PRACTITIONER_COLUMNS = columns(
            "name", "姓名",
            "idNumber", "身份证号码,身份证号,公民身份号码",
            "phone", "联系电话,手机",
            "credentialType", "证书类型",
            "level", "等级,级别",
            "titleName", "职称名称",
            "specialty", "专业",
            "number", "证书编号,credentialNumber",
            "issuer", "发证机关",
            "validTo", "有效期至,证书有效期至",
            "creditCode", "聘用机构统一社会信用代码,统一社会信用代码",
            "employmentType", "专兼职,专职/兼职,聘用形式",
            "employedFrom", "聘用起始日期,聘用日期,入职日期");

    private static final List<String> CREDENTIAL_FIELDS =
            List.of("credentialType", "level", "titleName", "specialty", "number", "issuer", "validTo");
    private static final List<String> EMPLOYMENT_FIELDS = List.of("creditCode", "employmentType", "employedFrom");

    /** Drop-down choices of the .xlsx template. */
    private static final Map<String, List<String>> CHOICES = Map.of(
            "credentialType", labels(CredentialType.values(), t -> t.label),
            "level", labels(CredentialLevel.values(), l -> l.label),
            "employmentType", labels(EmploymentType.values(), t -> t.label));

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

    /** A checked practitioner row; credential and employer are null when the row carries none. */
    private record PractitionerRow(String idNumber, RegisterPractitionerRequest person, AddCredentialRequest credential,
                                   Agency employer, EmploymentType employmentType, LocalDate employedFrom) {
    }

    /** What the earlier rows of a file hold, so that each row is checked as if the earlier ones were stored. */
    private static final class FileState {
        /** 身份证 number → the person's first row, and what that row says about the person. */
        final Map<String, Integer> personRow = new HashMap<>();
        final Map<String, RegisterPractitionerRequest> person = new HashMap<>();
        /** credential type:number → row. */
        final Map<String, Integer> credentialRow = new HashMap<>();
        /** 身份证 number → the employments of its rows so far (never persisted), and the row of each. */
        final Map<String, List<Employment>> employments = new HashMap<>();
        final Map<Employment, Integer> employmentRow = new IdentityHashMap<>();
        final Map<String, Optional<Agency>> agencyByCode = new HashMap<>();
        final Map<UUID, Agency> agencyById = new HashMap<>();
    }

    @POST
    @Path("/practitioners")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Import practitioners, with a credential and an employment per row, from .xlsx or .csv",
            description = "All or nothing, like the agency import, under the rules of the single endpoints: credential "
                    + "levels and numbers, and one full-time employment per person at a time (also between rows of the "
                    + "file). A person may take several rows (same 身份证 number and name) to add several credentials or "
                    + "employments. Emits practitioner.registered.v1, credential-added.v1 and employment-started.v1 "
                    + "(and staffing events) as the single endpoints do; a rejected file emits nothing.")
    public Response importPractitioners(byte[] body, @HeaderParam("Content-Type") String contentType) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Spreadsheets.Line> lines = lines(body, contentType, PRACTITIONER_COLUMNS, rows);
        List<RejectedRow> rejected = new ArrayList<>();
        List<PractitionerRow> checked = new ArrayList<>();
        FileState file = new FileState();
        for (int i = 0; i < lines.size(); i++) {
            List<Problem.FieldError> errors = new ArrayList<>();
            checked.add(practitionerRow(rows.get(i), lines.get(i).number(), file, errors));
            reject(rejected, lines.get(i).number(), errors);
        }
        refuseIfRejected(rejected, lines.size());
        Map<String, Practitioner> stored = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        int credentials = 0;
        int employments = 0;
        for (PractitionerRow row : checked) {
            Practitioner p = stored.get(row.idNumber());
            if (p == null) {
                p = practitioners.register(row.person().name(), row.idNumber(), row.person().phone(), null, caller.name());
                stored.put(row.idNumber(), p);
                ids.add(p.id);
            }
            // the credential first, so that the employment's staffing check already counts it
            if (row.credential() != null) {
                AddCredentialRequest c = row.credential();
                practitioners.addCredential(p, c.credentialType(), c.level(), c.titleName(), c.specialty(), c.number(),
                        c.issuer(), c.validTo(), caller.name());
                credentials++;
            }
            if (row.employer() != null) {
                practitioners.startEmployment(row.employer().id, p.id, row.employmentType(), row.employedFrom(), null,
                        caller.name());
                employments++;
            }
        }
        return Response.status(Response.Status.CREATED)
                .entity(new PractitionerImportResult(ids.size(), ids, credentials, employments)).build();
    }

    /** Checks one row against the domain rules, the database and the earlier rows; adds what is wrong to errors. */
    private PractitionerRow practitionerRow(Map<String, String> r, int line, FileState file, List<Problem.FieldError> errors) {
        String number = r.get("idNumber") == null ? null : IdNumber.normalise(r.get("idNumber"));
        RegisterPractitionerRequest person = new RegisterPractitionerRequest(r.get("name"), number, r.get("phone"));
        errors.addAll(violations(validator.validate(person)));
        boolean hasCredential = CREDENTIAL_FIELDS.stream().anyMatch(r::containsKey);
        boolean hasEmployment = EMPLOYMENT_FIELDS.stream().anyMatch(r::containsKey);
        boolean knownPerson = false;
        if (number != null && errors.stream().noneMatch(e -> e.field().equals("idNumber"))) {
            var problem = IdNumber.problem(number);
            Integer first = file.personRow.get(number);
            if (problem.isPresent()) {
                errors.add(new Problem.FieldError("idNumber", "is not a valid 身份证 number: " + problem.get()));
            } else if (first == null) {
                knownPerson = true;
                file.personRow.put(number, line);
                file.person.put(number, person);
                if (Practitioner.findByHash(identity.hash(number)).isPresent()) {
                    errors.add(new Problem.FieldError("idNumber", "a practitioner with this 身份证 number is already registered"));
                }
            } else if (!hasCredential && !hasEmployment) {
                errors.add(new Problem.FieldError("idNumber", "same person as row " + first));
            } else {
                // a further row of the same person adds a credential or an employment and must agree on the person
                knownPerson = true;
                RegisterPractitionerRequest earlier = file.person.get(number);
                if (person.name() != null && !person.name().equals(earlier.name())) {
                    errors.add(new Problem.FieldError("name", "differs from row " + first + " with the same 身份证 number"));
                }
                if (person.phone() != null && !person.phone().equals(earlier.phone())) {
                    errors.add(new Problem.FieldError("phone", "differs from row " + first + " with the same 身份证 number"));
                }
            }
        }
        AddCredentialRequest credential = hasCredential ? credential(r, line, file, errors) : null;
        PractitionerRow row = new PractitionerRow(number, person, credential, null, null, null);
        return hasEmployment ? employment(r, row, knownPerson, line, file, errors) : row;
    }

    private AddCredentialRequest credential(Map<String, String> r, int line, FileState file, List<Problem.FieldError> errors) {
        CredentialType type = choice(CredentialType.values(), t -> t.label, r.get("credentialType"), "credentialType", errors);
        CredentialLevel level = choice(CredentialLevel.values(), l -> l.label, r.get("level"), "level", errors);
        LocalDate validTo = date(r.get("validTo"), "validTo", errors);
        AddCredentialRequest c = new AddCredentialRequest(type, level, r.get("titleName"), r.get("specialty"),
                r.get("number"), r.get("issuer"), validTo);
        addUnlessReported(errors, violations(validator.validate(c)));
        if (type != null && level != null) {
            rule(errors, "level", () -> PractitionerService.checkCredential(type, level, c.titleName()));
        }
        if (type != null && c.number() != null && !c.number().isBlank()) {
            String n = c.number().strip();
            Integer earlier = file.credentialRow.putIfAbsent(type + ":" + n, line);
            if (earlier != null) {
                errors.add(new Problem.FieldError("number", "same credential as row " + earlier));
            } else {
                rule(errors, "number", () -> practitioners.requireCredentialNumberFree(type, n, null));
            }
        }
        return c;
    }

    private PractitionerRow employment(Map<String, String> r, PractitionerRow row, boolean knownPerson, int line,
                                       FileState file, List<Problem.FieldError> errors) {
        EmploymentType type = choice(EmploymentType.values(), t -> t.label, r.get("employmentType"), "employmentType", errors);
        LocalDate from = date(r.get("employedFrom"), "employedFrom", errors);
        String code = r.get("creditCode") == null ? null : r.get("creditCode").toUpperCase();
        if (code == null) {
            errors.add(new Problem.FieldError("creditCode", "is required for an employment (the employing agency)"));
        }
        if (r.get("employmentType") == null) {
            errors.add(new Problem.FieldError("employmentType", "is required for an employment"));
        }
        if (r.get("employedFrom") == null) {
            errors.add(new Problem.FieldError("employedFrom", "is required for an employment"));
        }
        Agency agency = null;
        if (code != null) {
            agency = file.agencyByCode.computeIfAbsent(code, Agency::findByCreditCode).orElse(null);
            if (agency == null) {
                errors.add(new Problem.FieldError("creditCode", "no agency with this 统一社会信用代码 is registered"));
            } else {
                file.agencyById.put(agency.id, agency);
                Agency employer = agency;
                rule(errors, "creditCode", () -> PractitionerService.requireCanEmploy(employer));
            }
        }
        if (agency != null && type != null && from != null && knownPerson) {
            // the earlier rows of the same person count as stored employments (a new person has none in the database)
            List<Employment> earlier = file.employments.computeIfAbsent(row.idNumber(), k -> new ArrayList<>());
            var clash = PractitionerService.clash(earlier, agency.id, type, from, null);
            if (clash.isPresent()) {
                Employment with = clash.get().with();
                errors.add(new Problem.FieldError(clash.get().sameAgency() ? "creditCode" : "employmentType",
                        clash.get().describe(file.agencyById.get(with.agencyId)) + " (row " + file.employmentRow.get(with) + ")"));
            } else {
                Employment planned = new Employment();
                planned.agencyId = agency.id;
                planned.employmentType = type;
                planned.employedFrom = from;
                earlier.add(planned);
                file.employmentRow.put(planned, line);
            }
        }
        return new PractitionerRow(row.idNumber(), row.person(), row.credential(), agency, type, from);
    }

    @GET
    @Path("/{kind: agencies|practitioners}/template")
    @Produces({"text/csv", Spreadsheets.XLSX})
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "An empty import file with the Chinese column names",
            description = "format=csv (default; UTF-8 with BOM so that Excel shows Chinese) or format=xlsx (text cells, "
                    + "drop-down lists for 证书类型, 等级 and 专兼职).")
    public Response template(@PathParam("kind") String kind, @QueryParam("format") String format) {
        boolean forAgencies = kind.equals("agencies");
        Map<String, List<String>> columns = forAgencies ? AGENCY_COLUMNS : PRACTITIONER_COLUMNS;
        List<String> headers = columns.values().stream().map(names -> names.get(0)).toList();
        String name = forAgencies ? "机构导入模板" : "从业人员导入模板";
        if (format == null || format.equalsIgnoreCase("csv")) {
            return attachment(Spreadsheets.csvTemplate(headers), "text/csv; charset=UTF-8", kind + "-template.csv", name + ".csv");
        }
        if (format.equalsIgnoreCase("xlsx")) {
            Map<Integer, List<String>> choices = new HashMap<>();
            List<String> fields = List.copyOf(columns.keySet());
            CHOICES.forEach((field, values) -> {
                if (fields.contains(field)) {
                    choices.put(fields.indexOf(field), values);
                }
            });
            byte[] xlsx = Spreadsheets.xlsxTemplate(forAgencies ? "机构" : "从业人员", headers, choices, config.maxImportRows());
            return attachment(xlsx, Spreadsheets.XLSX, kind + "-template.xlsx", name + ".xlsx");
        }
        throw ProblemException.invalidField("format", "must be csv or xlsx");
    }

    private static Response attachment(byte[] content, String mediaType, String asciiName, String chineseName) {
        String encoded = URLEncoder.encode(chineseName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded)
                .build();
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

    /** The constant whose name (any case) or Chinese label is the text; null (and an error) when none is. */
    private static <E extends Enum<E>> E choice(E[] values, Function<E, String> label, String text, String field,
                                                List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text) || label.apply(value).equals(text)) {
                return value;
            }
        }
        errors.add(new Problem.FieldError(field, "must be one of " + labels(values, label) + " (or "
                + Arrays.stream(values).map(Enum::name).toList() + ")"));
        return null;
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    /** Runs a domain rule; its refusal becomes the row's error on {@code field} (or on the fields it names). */
    private static void rule(List<Problem.FieldError> errors, String field, Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                errors.add(new Problem.FieldError(field, e.getMessage()));
            } else {
                errors.addAll(e.errors());
            }
        }
    }

    /** Adds the errors on fields that have none yet (a cell that did not parse is not also reported as missing). */
    private static void addUnlessReported(List<Problem.FieldError> errors, List<Problem.FieldError> more) {
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
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
