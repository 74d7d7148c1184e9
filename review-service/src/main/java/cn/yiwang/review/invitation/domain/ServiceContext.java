package cn.yiwang.review.invitation.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.List;

/**
 * The service event being rated, with what the 好差评 record must carry (DOMAIN.md §4: item codes
 * and names, case number, accepting department, handling staff, channel).
 *
 * @param source         case, ticket or walk-in window service
 * @param sourceId       the case id, ticket id or the window service's own id
 * @param serviceNumber  the case number or ticket number, if any
 * @param itemCodes      implementation item codes (a bundle has several)
 * @param itemNames      their names, in the same order
 * @param orgCode        unified social credit code of the responsible (accepting) organisation
 * @param regionCode     the administrative region of the service
 * @param staffIds       the handling staff
 * @param serviceChannel how the service was applied for or delivered (channel code as the producer sent it)
 * @param servedAt       when the case concluded, the ticket closed or the window service ended
 * @param bundleName     a bundle application's (一件事) name, {@code null} for anything else
 * @param leadDepartment a bundle's lead department (牵头部门), by name as the bundle publishes it
 */
public record ServiceContext(ServiceSource source, String sourceId, String serviceNumber, List<String> itemCodes,
                             List<String> itemNames, String orgCode, String regionCode, List<String> staffIds,
                             String serviceChannel, Instant servedAt, String bundleName, String leadDepartment) {

    /** A service event of a single item or ticket: no bundle. */
    public ServiceContext(ServiceSource source, String sourceId, String serviceNumber, List<String> itemCodes,
                          List<String> itemNames, String orgCode, String regionCode, List<String> staffIds,
                          String serviceChannel, Instant servedAt) {
        this(source, sourceId, serviceNumber, itemCodes, itemNames, orgCode, regionCode, staffIds, serviceChannel,
                servedAt, null, null);
    }

    /** The same service event, served at {@code at}. */
    public ServiceContext servedAt(Instant at) {
        return new ServiceContext(source, sourceId, serviceNumber, itemCodes, itemNames, orgCode, regionCode, staffIds,
                serviceChannel, at, bundleName, leadDepartment);
    }

    @PersistenceCreator
    public ServiceContext {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        itemNames = itemNames == null ? List.of() : List.copyOf(itemNames);
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
