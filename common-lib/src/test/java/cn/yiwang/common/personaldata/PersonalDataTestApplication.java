package cn.yiwang.common.personaldata;

import cn.yiwang.common.identifier.CitizenIdNumber;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

/**
 * A minimal service that stores people the way every Yiwang service must: encrypted number and
 * phone, keyed hash for lookup, masked for anyone but the person and authorised staff.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PersonalDataTestApplication.PersonController.class)
@EnableJdbcRepositories(considerNestedRepositories = true)
public class PersonalDataTestApplication {

    @Table("person")
    record PersonRow(@Id Long id, String idNumber, String idHash, String phone) {
    }

    interface PersonRepository extends CrudRepository<PersonRow, Long> {
        Optional<PersonRow> findByIdHash(String idHash);
    }

    record NewPerson(@NotNull @CitizenIdNumber String idNumber, String phone) {
    }

    record PersonView(long id, String idNumber, String phone) {
    }

    @RestController
    @RequestMapping("/persons")
    static class PersonController {

        private static final Logger log = LoggerFactory.getLogger(PersonController.class);

        private final PersonRepository persons;
        private final PersonalDataProtector protector;

        PersonController(PersonRepository persons, PersonalDataProtector protector) {
            this.persons = persons;
            this.protector = protector;
        }

        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        PersonView register(@RequestBody @Valid NewPerson person, Actor actor) {
            if (!actor.hasRole(Roles.WINDOW_CLERK)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            // Deliberately careless: the log guard must mask the number and the phone.
            log.info("registering {} with phone {}", person.idNumber(), person.phone());
            PersonRow saved = persons.save(new PersonRow(null, protector.encrypt(person.idNumber()),
                    protector.hash(person.idNumber()), protector.encrypt(person.phone())));
            return new PersonView(saved.id(), person.idNumber(), person.phone());
        }

        @GetMapping("/{id}")
        PersonView show(@PathVariable long id, Actor actor) {
            PersonRow row = persons.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return view(row, actor);
        }

        @GetMapping
        PersonView find(@RequestParam String idNumber, Actor actor) {
            PersonRow row = persons.findByIdHash(protector.hash(idNumber))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return view(row, actor);
        }

        private PersonView view(PersonRow row, Actor actor) {
            boolean allowed = actor.owns(row.idHash()) || actor.hasRole(Roles.WINDOW_CLERK);
            String idNumber = protector.reveal(PersonalDataKind.CITIZEN_ID, row.idNumber(), allowed);
            log.info("person {} shown to {}: {}", row.id(), actor.subject(), protector.decrypt(row.idNumber()));
            return new PersonView(row.id(), idNumber, protector.reveal(PersonalDataKind.PHONE, row.phone(), allowed));
        }
    }
}
