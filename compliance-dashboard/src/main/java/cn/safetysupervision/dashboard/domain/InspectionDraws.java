package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.config.DashboardConfig;
import cn.safetysupervision.dashboard.persistence.InspectionDraw;
import cn.safetysupervision.dashboard.persistence.ProjectionStore;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * 双随机一公开: agencies drawn at random from a filtered population. The population is ordered by agency id and
 * stored with the seed, and the draw is a partial Fisher–Yates shuffle driven by {@link java.util.Random}, whose
 * algorithm the Java specification fixes: anyone with the seed and the population gets the same agencies.
 */
@ApplicationScoped
public class InspectionDraws {

    private static final Logger LOG = Logger.getLogger(InspectionDraws.class);

    private final ProjectionStore store;
    private final DashboardConfig config;
    private final SecureRandom seeds = new SecureRandom();

    InspectionDraws(ProjectionStore store, DashboardConfig config) {
        this.store = store;
        this.config = config;
    }

    public record Result(UUID drawId, long seed, Map<String, String> criteria, List<String> population,
                         List<String> drawn, String drawnBy, Instant drawnAt) {
    }

    @Transactional
    public Result draw(String district, String grade, int count, Long seed, String drawnBy) {
        if (count < 1 || count > config.inspection().maxDraw()) {
            throw ProblemException.invalidField("count", "must be between 1 and " + config.inspection().maxDraw());
        }
        if (grade != null && !Grades.ALL.contains(grade)) {
            throw ProblemException.invalidField("grade", "must be one of " + Grades.ALL);
        }
        if (district != null && !Districts.ALL.contains(district)) {
            throw ProblemException.invalidField("district", "must be one of " + Districts.ALL);
        }
        List<String> population = population(district, grade);
        if (population.isEmpty()) {
            throw ProblemException.unprocessable("no agency matches the criteria");
        }
        long usedSeed = seed != null ? seed : seeds.nextLong();
        Map<String, String> criteria = new LinkedHashMap<>();
        if (district != null) {
            criteria.put("district", district);
        }
        if (grade != null) {
            criteria.put("grade", grade);
        }
        criteria.put("count", String.valueOf(count));
        InspectionDraw draw = new InspectionDraw();
        draw.drawId = UUID.randomUUID();
        draw.seed = usedSeed;
        draw.criteria = criteria;
        draw.population = population;
        draw.drawn = drawFrom(population, count, usedSeed);
        draw.drawnBy = drawnBy;
        draw.drawnAt = Instant.now();
        draw.persist();
        LOG.infof("inspection draw %s by %s: seed=%d criteria=%s population=%d drawn=%s", draw.drawId, drawnBy, usedSeed,
                criteria, population.size(), draw.drawn);
        return result(draw);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Result> find(UUID drawId) {
        return InspectionDraw.<InspectionDraw>findByIdOptional(drawId).map(InspectionDraws::result);
    }

    /** The draw done again from its stored seed and population; equal to the stored one unless it was altered. */
    public static List<String> redo(Result draw) {
        return drawFrom(draw.population(), draw.drawn().size(), draw.seed());
    }

    /** Partial Fisher–Yates: position i takes a uniformly chosen one of the positions i..n-1. */
    public static List<String> drawFrom(List<String> population, int count, long seed) {
        List<String> pool = new ArrayList<>(population);
        Random random = new Random(seed);
        int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            String picked = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, picked);
        }
        return List.copyOf(pool.subList(0, n));
    }

    private List<String> population(String district, String grade) {
        List<String> ids = new ArrayList<>();
        for (Object[] r : store.select("""
                select cast(agency_id as text), 0 from dash_agency
                 where coalesce(status, 'ACTIVE') not in ('REVOKED', 'CANCELLED', 'DEREGISTERED')
                   and (cast(?1 as text) is null or district = ?1) and (cast(?2 as text) is null or grade = ?2)
                 order by agency_id""", district, grade)) {
            ids.add((String) r[0]);
        }
        return ids;
    }

    private static Result result(InspectionDraw d) {
        return new Result(d.drawId, d.seed, d.criteria, d.population, d.drawn, d.drawnBy, d.drawnAt);
    }
}
