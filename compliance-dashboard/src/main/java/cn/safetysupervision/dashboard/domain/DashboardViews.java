package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.config.DashboardConfig;
import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.dashboard.persistence.ProjectionStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Every table the screens show (and the CSV export writes), read from the projections and the feed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardViews {

    public static final List<String> OVERVIEW = List.of("by-rule", "by-agency", "by-grade", "by-district", "weekly");
    public static final List<String> QUEUES = List.of("review-findings", "review-certificates", "overdue-work",
            "certificates-expiring", "inspection-due", "complaint-clocks", "disclosure-overdue");
    public static final Set<String> OPEN = Set.of("SUSPECTED", "CONFIRMED");

    private static final Map<String, String> STATUS = Map.of("SUSPECTED", "疑似（待确认）", "CONFIRMED", "已确认",
            "RESOLVED", "已纠正", "DISMISSED", "已撤销", "REFERRED", "已移送");
    private static final Map<String, String> WORK = Map.of(FeedProjector.REPORT_OVERDUE, "报告逾期",
            FeedProjector.WRITTEN_NOTICE_OVERDUE, "书面告知逾期", FeedProjector.FOLLOW_UP_OVERDUE, "回访逾期",
            FeedProjector.RECTIFICATION_OVERDUE, "整改确认逾期");

    private final ProjectionStore store;
    private final FeedStore feed;
    private final DashboardConfig config;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    DashboardViews(ProjectionStore store, FeedStore feed, DashboardConfig config, ObjectMapper json) {
        this.store = store;
        this.feed = feed;
        this.config = config;
        this.json = json;
    }

    public Optional<Table> table(String id, Filters f) {
        Function<Filters, Table> builder = switch (id) {
            case "by-rule" -> this::byRule;
            case "by-agency" -> this::byAgency;
            case "by-grade" -> this::byGrade;
            case "by-district" -> this::byDistrict;
            case "weekly" -> this::weekly;
            case "review-findings" -> this::reviewFindings;
            case "review-certificates" -> this::reviewCertificates;
            case "overdue-work" -> this::overdueWork;
            case "certificates-expiring" -> this::certificatesExpiring;
            case "inspection-due" -> this::inspectionDue;
            case "complaint-clocks" -> filters -> workItems("complaint-clocks", "投诉办理时限", FeedProjector.COMPLAINT, filters);
            case "disclosure-overdue" -> filters -> workItems("disclosure-overdue", "报告未按时公开", FeedProjector.DISCLOSURE_OVERDUE, filters);
            case "feed" -> this::feedTable;
            case "draws" -> this::draws;
            default -> null;
        };
        return Optional.ofNullable(builder).map(b -> b.apply(f));
    }

    public List<Table> tables(List<String> ids, Filters f) {
        return ids.stream().map(id -> table(id, f).orElseThrow()).toList();
    }

    /** Agency filter (district, grade, agency) as SQL over alias {@code a}; arguments appended to {@code args}. */
    private static String agencyWhere(Filters f, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (f.district() != null) {
            args.add(f.district());
            sql.append(" and coalesce(a.district, '未知') = ?").append(args.size());
        }
        if (f.grade() != null) {
            args.add(f.grade());
            sql.append(" and coalesce(a.grade, 'BLUE') = ?").append(args.size());
        }
        if (f.agencyId() != null) {
            args.add(f.agencyId());
            sql.append(" and a.agency_id = ?").append(args.size());
        }
        return sql.toString();
    }

    private List<Object[]> select(String sql, List<Object> args) {
        return store.select(sql, args.toArray());
    }

    Table byRule(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select coalesce(fi.rule_id, '—'), coalesce(max(fi.article), ''), coalesce(max(fi.title), ''),
                       count(*) filter (where fi.status = 'SUSPECTED'), count(*) filter (where fi.status = 'CONFIRMED'),
                       count(*) filter (where fi.status in ('SUSPECTED', 'CONFIRMED')), count(*)
                  from dash_finding fi left join dash_agency a on a.agency_id = fi.agency_id
                 where true""" + where + (f.ruleId() != null ? " and fi.rule_id = ?" + (args.size() + 1) : "") + " " + """
                 group by 1 order by 6 desc, 1""", withRule(args, f))) {
            rows.add(List.of(s(r[0]), s(r[1]) + " " + s(r[2]), s(r[3]), s(r[4]), s(r[5]), s(r[6])));
        }
        return Table.of("by-rule", "按规则统计违规", List.of("规则", "条款与名称", "疑似", "已确认", "未结合计", "累计"), rows);
    }

    private static List<Object> withRule(List<Object> args, Filters f) {
        if (f.ruleId() != null) {
            args.add(f.ruleId());
        }
        return args;
    }

    Table byAgency(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Object[] r : select("""
                select a.agency_id, coalesce(a.name, cast(a.agency_id as text)), a.district, a.grade, a.points, a.dishonest,
                       (select count(*) from dash_finding fi where fi.agency_id = a.agency_id and fi.status in ('SUSPECTED', 'CONFIRMED'))
                           as open_findings,
                       (select count(*) from dash_work_item w where w.agency_id = a.agency_id and w.open) as open_work
                  from dash_agency a where true""" + where + " " + """
                 order by open_findings desc, open_work desc, a.name limit 500""", args)) {
            rows.add(List.of(s(r[1]), s(r[2]), Grades.label(s(r[3])), s(r[4]), Boolean.TRUE.equals(r[5]) ? "是" : "否",
                    s(r[6]), s(r[7])));
            links.add("/feed?agency=" + r[0]);
        }
        return new Table("by-agency", "按机构统计", List.of("机构", "区县", "信用等级", "扣分", "失信名单", "未结违规", "逾期事项"),
                rows, links, -1);
    }

    Table byGrade(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        Map<String, Long> counts = new LinkedHashMap<>();
        Grades.ALL.forEach(g -> counts.put(g, 0L));
        for (Object[] r : select("select a.grade, count(*) from dash_agency a where true" + where + " group by 1", args)) {
            counts.put(s(r[0]), ((Number) r[1]).longValue());
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((grade, n) -> rows.add(List.of(Grades.label(grade), String.valueOf(n))));
        return Table.of("by-grade", "按信用等级统计机构", List.of("信用等级", "机构数"), rows);
    }

    Table byDistrict(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        Map<String, String[]> byDistrict = new LinkedHashMap<>();
        for (Object[] r : select("""
                select a.district, count(*),
                       count(*) filter (where a.grade in ('ORANGE', 'RED')),
                       coalesce(sum((select count(*) from dash_finding fi where fi.agency_id = a.agency_id
                                                                     and fi.status in ('SUSPECTED', 'CONFIRMED'))), 0)
                  from dash_agency a where true""" + where + " group by 1", args)) {
            byDistrict.put(s(r[0]), new String[] {s(r[1]), s(r[2]), s(r[3])});
        }
        List<List<String>> rows = new ArrayList<>();
        for (String district : Districts.ALL) {
            String[] v = byDistrict.getOrDefault(district, new String[] {"0", "0", "0"});
            if (!district.equals(Districts.UNKNOWN) || !v[0].equals("0")) {
                rows.add(List.of(district, v[0], v[1], v[2]));
            }
        }
        return Table.of("by-district", "按区县统计", List.of("区县", "机构数", "橙/红等级", "未结违规"), rows);
    }

    Table weekly(Filters f) {
        ZonedDateTime monday = ZonedDateTime.now(clock.withZone(FeedItem.BEIJING)).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        ZonedDateTime since = monday.minusWeeks(11);
        List<String> patterns = List.of("cn.safetysupervision.compliance.finding.flagged.%",
                "cn.safetysupervision.compliance.finding.confirmed.%", "cn.safetysupervision.%overdue.%",
                "cn.safetysupervision.registry.qualification.expired.%", "cn.safetysupervision.complaint.case.received.%");
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] r : feed.weeklyCounts(since.toOffsetDateTime(), patterns)) {
            counts.computeIfAbsent(s(r[0]), w -> new LinkedHashMap<>()).put(s(r[1]), ((Number) r[2]).longValue());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String week = since.plusWeeks(i).toLocalDate().toString();
            Map<String, Long> c = counts.getOrDefault(week, Map.of());
            List<String> row = new ArrayList<>();
            row.add(week);
            patterns.forEach(p -> row.add(String.valueOf(c.getOrDefault(p, 0L))));
            rows.add(row);
        }
        return Table.of("weekly", "每周趋势（近12周，北京时间，周一起）",
                List.of("周（起始日）", "发现违规", "确认违规", "逾期事项", "资质过期", "收到投诉"), rows);
    }

    Table reviewFindings(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Object[] r : select("""
                select fi.finding_id, fi.rule_id, fi.title, coalesce(a.name, cast(fi.agency_id as text)), fi.flagged_at, fi.respond_by
                  from dash_finding fi left join dash_agency a on a.agency_id = fi.agency_id
                 where fi.status = 'SUSPECTED'""" + where + " order by fi.respond_by nulls last, fi.flagged_at limit 500", args)) {
            rows.add(List.of(s(r[1]) + " " + s(r[2]), s(r[3]), beijing(r[4]), iso(r[5])));
            links.add("/findings/" + r[0]);
        }
        return new Table("review-findings", "待审核：疑似违规（机器发现，待人工确认）", List.of("违规", "机构", "发现时间", "答复期限"),
                rows, links, 3);
    }

    Table reviewCertificates(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select c.certificate_number, coalesce(a.name, cast(c.agency_id as text)), c.review, c.valid_to, c.updated_at
                  from dash_certificate c left join dash_agency a on a.agency_id = c.agency_id
                 where c.review is not null""" + where + " order by c.updated_at limit 500", args)) {
            rows.add(List.of(s(r[0]), s(r[1]), "CONFLICT".equals(r[2]) ? "资质冲突" : "申报待核验", s(r[3]), beijing(r[4])));
        }
        return Table.of("review-certificates", "待审核：资质申报与冲突", List.of("证书编号", "机构", "事项", "有效期至", "提出时间"), rows);
    }

    Table overdueWork(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        args.add(FeedProjector.OVERDUE_WORK.toArray(String[]::new));
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select w.kind, w.ref, coalesce(a.name, cast(w.agency_id as text)), w.due_at
                  from dash_work_item w left join dash_agency a on a.agency_id = w.agency_id
                 where w.open""" + where + " and w.kind = any(cast(?" + args.size() + " as text[])) order by w.due_at nulls last limit 500", args)) {
            rows.add(List.of(WORK.getOrDefault(s(r[0]), s(r[0])), s(r[2]), s(r[1]), iso(r[3])));
        }
        return new Table("overdue-work", "逾期事项（报告、整改确认、书面告知、回访）", List.of("事项", "机构", "合同", "期限"), rows,
                null, 3);
    }

    Table certificatesExpiring(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        List<Integer> bands = config.certificates().warnDays().stream().sorted().toList();
        int widest = bands.get(bands.size() - 1);
        LocalDate today = LocalDate.now(clock.withZone(FeedItem.BEIJING));
        args.add(today);
        args.add(today.plusDays(widest));
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select c.certificate_number, coalesce(a.name, cast(c.agency_id as text)), c.qualification_type, c.valid_to
                  from dash_certificate c left join dash_agency a on a.agency_id = c.agency_id
                 where c.counts""" + where + " and c.valid_to >= ?" + (args.size() - 1) + " and c.valid_to <= ?" + args.size()
                + " order by c.valid_to limit 500", args)) {
            LocalDate validTo = localDate(r[3]);
            long days = ChronoUnit.DAYS.between(today, validTo);
            int band = bands.stream().filter(b -> days <= b).findFirst().orElse(widest);
            Instant end = validTo.plusDays(1).atStartOfDay(FeedItem.BEIJING).toInstant();
            rows.add(List.of(s(r[0]), s(r[1]), s(r[2]), validTo.toString(), band + " 天内", end.toString()));
        }
        return new Table("certificates-expiring", "资质证书即将到期（" + bands + " 天）",
                List.of("证书编号", "机构", "资质类型", "有效期至", "档位", "剩余"), rows, null, 5);
    }

    Table inspectionDue(Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        long intervalSeconds = config.inspection().interval().toSeconds();
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select coalesce(a.name, cast(a.agency_id as text)), a.district, a.grade,
                       (select max(d.drawn_at) from inspection_draw d where d.drawn @> jsonb_build_array(cast(a.agency_id as text))) as last_drawn
                  from dash_agency a
                 where coalesce(a.status, 'ACTIVE') not in ('REVOKED', 'CANCELLED', 'DEREGISTERED')""" + where + " " + """
                 order by last_drawn nulls first, a.name limit 500""", args)) {
            Instant last = r[3] == null ? null : instant(r[3]);
            String due = last == null ? "" : last.plusSeconds(intervalSeconds).toString();
            rows.add(List.of(s(r[0]), s(r[1]), Grades.label(s(r[2])), last == null ? "从未抽查" : beijing(r[3]), due));
        }
        return new Table("inspection-due", "应抽查机构（距上次抽查满 " + config.inspection().interval().toDays() + " 天）",
                List.of("机构", "区县", "信用等级", "上次抽查", "到期"), rows, null, 4);
    }

    Table workItems(String id, String caption, String kind, Filters f) {
        List<Object> args = new ArrayList<>();
        String where = agencyWhere(f, args);
        args.add(kind);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : select("""
                select w.ref, coalesce(a.name, cast(w.agency_id as text), ''), w.label, w.due_at
                  from dash_work_item w left join dash_agency a on a.agency_id = w.agency_id
                 where w.open""" + where + " and w.kind = ?" + args.size() + " order by w.due_at nulls last limit 500", args)) {
            rows.add(List.of(s(r[0]), s(r[1]), s(r[2]), iso(r[3])));
        }
        return new Table(id, caption, List.of("编号", "机构", "当前环节", "期限"), rows, null, 3);
    }

    Table feedTable(Filters f) {
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (var row : feed.latest(f.category(), f.type(), f.agencyId(), f.before(), 200)) {
            FeedItem item = FeedItem.of(row, json);
            rows.add(List.of(String.valueOf(item.seq()), item.timeBeijing(), item.label(),
                    item.agencyName() == null ? "" : item.agencyName(), item.summary(), item.topic(),
                    String.valueOf(item.partition()), String.valueOf(item.offset()), item.ceId()));
            links.add("/feed/" + item.seq());
        }
        return new Table("feed", "实时动态（最新在前）",
                List.of("序号", "时间", "事件", "机构", "摘要", "主题", "分区", "偏移量", "ce_id"), rows, links, -1);
    }

    Table draws(Filters f) {
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Object[] r : store.select("""
                select draw_id, drawn_at, drawn_by, seed, jsonb_array_length(population), jsonb_array_length(drawn), cast(criteria as text)
                  from inspection_draw order by drawn_at desc limit 200""")) {
            rows.add(List.of(beijing(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]), s(r[6])));
            links.add("/draws?draw=" + r[0]);
        }
        return new Table("draws", "双随机抽查记录", List.of("抽取时间", "抽取人", "随机种子", "总体数", "抽中数", "条件"), rows, links, -1);
    }

    /** Open findings, the number the overview shows first; the API gives the same. */
    public Map<String, Long> headline() {
        Map<String, Long> h = new LinkedHashMap<>();
        Object[] r = store.select("""
                select (select count(*) from dash_finding where status = 'SUSPECTED'),
                       (select count(*) from dash_finding where status = 'CONFIRMED'),
                       (select count(*) from dash_work_item where open),
                       (select count(*) from dash_agency),
                       (select count(*) from dash_agency where grade in ('ORANGE', 'RED'))""").get(0);
        h.put("suspected", ((Number) r[0]).longValue());
        h.put("confirmed", ((Number) r[1]).longValue());
        h.put("openWork", ((Number) r[2]).longValue());
        h.put("agencies", ((Number) r[3]).longValue());
        h.put("orangeOrRed", ((Number) r[4]).longValue());
        return h;
    }

    /** agency id, agency name, rule, article, title, severity, origin, status of one finding; empty if unknown. */
    public List<Object[]> findingRow(UUID findingId) {
        return store.select("""
                select fi.agency_id, a.name, fi.rule_id, fi.article, fi.title, fi.severity, fi.origin, fi.status
                  from dash_finding fi left join dash_agency a on a.agency_id = fi.agency_id where fi.finding_id = ?1""",
                findingId);
    }

    /** agency id → name (or the id when unknown). */
    public Map<String, String> agencyNames(List<String> agencyIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object[] r : store.select("select cast(agency_id as text), coalesce(name, cast(agency_id as text)) from dash_agency"
                + " where cast(agency_id as text) = any(cast(?1 as text[]))", (Object) agencyIds.toArray(String[]::new))) {
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    public static String statusLabel(String status) {
        return STATUS.getOrDefault(status, status);
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String iso(Object ts) {
        return ts == null ? "" : instant(ts).toString();
    }

    /** Hibernate gives timestamptz columns of native queries as Instant, OffsetDateTime or Timestamp by version. */
    static Instant instant(Object ts) {
        if (ts instanceof Instant i) {
            return i;
        }
        if (ts instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) ts).toInstant();
    }

    static LocalDate localDate(Object date) {
        return date instanceof LocalDate d ? d : ((java.sql.Date) date).toLocalDate();
    }

    static String beijing(Object ts) {
        if (ts == null) {
            return "";
        }
        Instant instant = instant(ts);
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(FeedItem.BEIJING));
    }

    public static UUID parseUuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }
}
