package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A technician of a service organisation with their training records (Art. 25: trained technicians). */
@Table("technician")
public class Technician {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final String name;
    private final String certificateNumber;
    @MappedCollection(idColumn = "technician_id")
    private final Set<TrainingRecord> trainings;
    @Version
    private Integer version;

    @PersistenceCreator
    Technician(UUID id, UUID organisationId, String name, String certificateNumber, Set<TrainingRecord> trainings,
               Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.name = name;
        this.certificateNumber = certificateNumber;
        this.trainings = trainings == null ? new HashSet<>() : new HashSet<>(trainings);
        this.version = version;
    }

    public static Technician of(UUID organisationId, String name, String certificateNumber) {
        return new Technician(UUID.randomUUID(), organisationId, name, certificateNumber, Set.of(), null);
    }

    public void recordTraining(String course, String provider, LocalDate completedOn, int hours) {
        trainings.add(new TrainingRecord(course, provider, completedOn, hours));
    }

    /** Trained: at least one training record. */
    public boolean trained() {
        return !trainings.isEmpty();
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public Set<TrainingRecord> trainings() {
        return Set.copyOf(trainings);
    }

    @Table("training_record")
    public record TrainingRecord(String course, String provider, LocalDate completedOn, int hours) {
    }
}
