package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A supervising department's office in a region, known by the credit code its inspectors' tokens
 * carry as {@code org_code}: the link from an inspector to the Art. 5 domain they may inspect.
 */
@Table("department_office")
public class DepartmentOffice {

    @Id
    private final String orgCode;
    private final String name;
    private final Department department;
    private final String regionCode;
    @Version
    private Integer version;

    @PersistenceCreator
    DepartmentOffice(String orgCode, String name, Department department, String regionCode, Integer version) {
        this.orgCode = orgCode;
        this.name = name;
        this.department = department;
        this.regionCode = regionCode;
        this.version = version;
    }

    public static DepartmentOffice of(String orgCode, String name, Department department, String regionCode) {
        return new DepartmentOffice(orgCode, name, department, regionCode, null);
    }

    public String orgCode() {
        return orgCode;
    }

    public String name() {
        return name;
    }

    public Department department() {
        return department;
    }

    public String regionCode() {
        return regionCode;
    }
}
