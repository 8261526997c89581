package cn.safetysupervision.dashboard.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored random inspection draw (双随机一公开): seed, criteria, the ordered population and what was drawn. */
@Entity
@Table(name = "inspection_draw")
public class InspectionDraw extends PanacheEntityBase {

    @Id
    @Column(name = "draw_id")
    public UUID drawId;

    public long seed;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> criteria;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> population;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> drawn;

    @Column(name = "drawn_by")
    public String drawnBy;

    @Column(name = "drawn_at")
    public Instant drawnAt;
}
