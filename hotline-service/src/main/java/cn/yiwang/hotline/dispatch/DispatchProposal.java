package cn.yiwang.hotline.dispatch;

import java.util.List;

/**
 * What the dispatch catalogue proposes for a ticket: the lead department and the assisting ones,
 * and which rule said so (category and region of the matching row).
 */
public record DispatchProposal(String leadOrgCode, String leadOrgName, List<String> assistingOrgCodes,
                               String ruleCategory, String ruleRegion) {
}
