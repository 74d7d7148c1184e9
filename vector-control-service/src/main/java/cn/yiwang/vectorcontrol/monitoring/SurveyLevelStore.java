package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.ControlLevel;
import cn.yiwang.vectorcontrol.monitoring.domain.Species;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The level per species of each evaluated survey: the control levels over time for dashboards. */
@Repository
class SurveyLevelStore {

    private final JdbcClient jdbc;

    SurveyLevelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID surveyId, SurveyEvaluation evaluation) {
        for (SurveyEvaluation.SpeciesResult result : evaluation.species()) {
            jdbc.sql("insert into survey_level (survey_id, species, level, complete) values (?, ?, ?, ?)")
                    .params(surveyId, result.species().name(), result.level() == null ? null : result.level().name(),
                            result.complete())
                    .update();
        }
    }

    /** Levels of evaluated surveys in the region subtree, oldest period first. */
    List<ControlLevelPoint> levels(String regionPrefix, Species species) {
        return jdbc.sql("""
                        select s.id, s.region_code, s.period_start, s.period_end, s.table_version, l.species, l.level, l.complete
                          from survey s join survey_level l on l.survey_id = s.id
                         where s.region_code like :prefix and l.level is not null
                           and (cast(:species as varchar) is null or l.species = :species)
                         order by s.period_start, s.region_code, l.species""")
                .param("prefix", regionPrefix + "%")
                .param("species", species == null ? null : species.name())
                .query((rs, row) -> new ControlLevelPoint(rs.getObject("id", UUID.class), rs.getString("region_code"),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        Species.valueOf(rs.getString("species")), ControlLevel.valueOf(rs.getString("level")),
                        rs.getBoolean("complete"), rs.getString("table_version")))
                .list();
    }

}
