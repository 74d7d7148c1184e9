package cn.yiwang.review.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * What the statistics need to know about one service event (one invitation) at a moment: where
 * and by whom it was served, whether and how it was rated, and how far its rectification got.
 *
 * @param level       the level that counts: the follow-up's if there is one, else the first's; {@code null} when not rated
 * @param channel     the evaluation channel of the first evaluation, {@code null} when not rated
 * @param invitedChannel the evaluation channel the service was invited on ({@link InvitedChannel})
 * @param realName    the evaluator can be reached (not anonymous, identified)
 * @param workOrder   a rectification work order exists
 * @param verified    核实 done
 * @param rectified   整改 done and answered (答复)
 * @param onTime      answered within the rectification deadline
 * @param returnVisited 回访 done
 */
public record ServiceFacts(LocalDate servedDate, String regionCode, String orgCode, List<String> staffIds,
                           List<String> itemCodes, String level, String channel, String invitedChannel, boolean negative, boolean realName,
                           boolean workOrder, boolean verified, boolean rectified, boolean onTime,
                           boolean returnVisited) {

    public boolean rated() {
        return level != null;
    }

    /** The channel the service event counts under: the rating's, else the one it was invited on. */
    public String countedChannel() {
        if (channel != null) {
            return channel;
        }
        return invitedChannel == null ? InvitedChannel.UNMAPPED : invitedChannel;
    }
}
