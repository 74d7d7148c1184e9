package cn.yiwang.catalog.guide;

import cn.yiwang.catalog.codes.CaseKind;
import cn.yiwang.catalog.codes.CrossRegionScope;
import cn.yiwang.catalog.codes.HandlingForm;
import cn.yiwang.catalog.codes.NearbyDelegation;
import cn.yiwang.catalog.codes.OnlineDepth;
import cn.yiwang.catalog.codes.ServiceObject;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * The guide elements an implementation item carries besides its identity (name, codes, type,
 * legal basis, level, implementing body): everything an applicant needs to apply, and everything
 * the quality rules check. Kept whole as JSON; the searchable ones are copied into columns when a
 * version is published.
 *
 * @param acceptanceConditions 受理条件
 * @param serviceObjects       服务对象 (A.4)
 * @param handlingForms        办理形式 (A.5)
 * @param caseKind             即办件 / 承诺件 (A.6)
 * @param legalLimit           法定办结时限
 * @param promisedLimit        承诺办结时限
 * @param fees                 收费
 * @param processSteps         办理流程
 * @param materials            申请材料
 * @param result               办理结果
 * @param place                办理地点
 * @param hours                办理时间
 * @param consultationPhone    咨询电话
 * @param complaintPhone       监督投诉电话
 * @param onlineUrl            网上办理地址
 * @param onlineDepth          网办深度
 * @param visits               到现场次数
 * @param visitReason          必须到现场的原因
 * @param crossRegionScope     通办范围
 * @param hallEntry            是否进驻政务服务大厅
 * @param notInHallReason      不进驻大厅的原因（负面清单）
 * @param nearbyDelegation     就近办（下沉镇村）
 * @param highFrequency        高频事项
 * @param themes               主题（个人/法人生命周期事件），用于分类浏览
 * @param formFields           申请表字段 (by which a bundle's merged form asks each field once)
 */
public record Guide(
        String acceptanceConditions,
        List<ServiceObject> serviceObjects,
        List<HandlingForm> handlingForms,
        CaseKind caseKind,
        TimeLimit legalLimit,
        TimeLimit promisedLimit,
        Fees fees,
        List<ProcessStep> processSteps,
        List<Material> materials,
        Result result,
        String place,
        String hours,
        String consultationPhone,
        String complaintPhone,
        String onlineUrl,
        OnlineDepth onlineDepth,
        Integer visits,
        String visitReason,
        CrossRegionScope crossRegionScope,
        Boolean hallEntry,
        String notInHallReason,
        NearbyDelegation nearbyDelegation,
        boolean highFrequency,
        List<String> themes,
        List<FormField> formFields) {

    public Guide {
        serviceObjects = serviceObjects == null ? List.of() : List.copyOf(serviceObjects);
        handlingForms = handlingForms == null ? List.of() : List.copyOf(handlingForms);
        processSteps = processSteps == null ? List.of() : List.copyOf(processSteps);
        materials = materials == null ? List.of() : List.copyOf(materials);
        themes = themes == null ? List.of() : List.copyOf(themes);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        crossRegionScope = crossRegionScope == null ? CrossRegionScope.NONE : crossRegionScope;
        nearbyDelegation = nearbyDelegation == null ? NearbyDelegation.NONE : nearbyDelegation;
    }

    /** A guide without form fields (the form is a blank document, see the materials). */
    public Guide(String acceptanceConditions, List<ServiceObject> serviceObjects, List<HandlingForm> handlingForms,
                 CaseKind caseKind, TimeLimit legalLimit, TimeLimit promisedLimit, Fees fees,
                 List<ProcessStep> processSteps, List<Material> materials, Result result, String place, String hours,
                 String consultationPhone, String complaintPhone, String onlineUrl, OnlineDepth onlineDepth,
                 Integer visits, String visitReason, CrossRegionScope crossRegionScope, Boolean hallEntry,
                 String notInHallReason, NearbyDelegation nearbyDelegation, boolean highFrequency, List<String> themes) {
        this(acceptanceConditions, serviceObjects, handlingForms, caseKind, legalLimit, promisedLimit, fees, processSteps,
                materials, result, place, hours, consultationPhone, complaintPhone, onlineUrl, onlineDepth, visits,
                visitReason, crossRegionScope, hallEntry, notInHallReason, nearbyDelegation, highFrequency, themes,
                List.of());
    }

    @JsonIgnore
    public boolean isFullyOnline() {
        return onlineDepth != null && onlineDepth.isFullyOnline();
    }

    @JsonIgnore
    public boolean atMostOneVisit() {
        return visits != null && visits <= 1;
    }

    @JsonIgnore
    public boolean isImmediate() {
        return caseKind == CaseKind.IMMEDIATE;
    }

    @JsonIgnore
    public boolean offers(HandlingForm form) {
        return handlingForms.contains(form);
    }
}
