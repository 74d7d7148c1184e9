package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.common.personaldata.PersonalDataKind;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.vectorcontrol.complaint.domain.Complaint;
import cn.yiwang.vectorcontrol.complaint.domain.ComplaintStatus;

import java.time.Instant;
import java.util.UUID;

/** A complaint as the API shows it to those who handle it, address decrypted (they must go there). */
public record ComplaintView(UUID id, String ticketId, String regionCode, String pest, String address, String description,
                            Instant receivedAt, ComplaintStatus status, boolean inspectionTaskOpen, UUID inspectionId,
                            Boolean substantiated, String reply, Instant answeredAt, InspectionTask task) {

    /**
     * The inspection task: the department it is assigned to (an Art. 5 supervising department, or
     * AIWEI for the region's 爱卫办), its office when known, the place it concerns, and the deadline.
     */
    public record InspectionTask(String department, String officeOrgCode, UUID placeId, Instant dueAt, boolean overdue) {
    }

    static ComplaintView of(Complaint complaint, PersonalDataProtector protector, Instant now) {
        return new ComplaintView(complaint.id(), complaint.ticketId(), complaint.regionCode(), complaint.pest(),
                complaint.address() == null ? null : protector.reveal(PersonalDataKind.ADDRESS, complaint.address(), true), complaint.description(), complaint.receivedAt(), complaint.status(),
                complaint.inspectionTaskOpen(), complaint.inspectionId(), complaint.substantiated(), complaint.reply(),
                complaint.answeredAt(), new InspectionTask(complaint.assignedDepartment(), complaint.assignedOrgCode(),
                        complaint.placeId(), complaint.taskDueAt(), complaint.overdue(now)));
    }
}
