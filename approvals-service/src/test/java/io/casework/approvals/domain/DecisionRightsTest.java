package io.casework.approvals.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRightsTest {

    private static final ManagementRole PM = ManagementRole.PRACTICE_MANAGER;
    private static final ManagementLine NORTH =
            ManagementLine.of("north", "north.pm", "north.tm", "senior.manager", "head.of.service");

    @Test
    @DisplayName("004 statutory visits: the practice manager the request was routed to may decide it")
    void assigneeMayDecide() {
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "north.pm")).isEqualTo(DecisionRight.ASSIGNEE);
    }

    @Test
    @DisplayName("the team manager, senior manager and head of service above the assignee may decide in their place")
    void managersAboveMayDecide() {
        for (String manager : new String[] {"north.tm", "senior.manager", "head.of.service"}) {
            assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", manager))
                    .as(manager).isEqualTo(DecisionRight.ABOVE_ASSIGNEE);
        }
    }

    @Test
    @DisplayName("nobody decides a request they made, whatever their post (self-approval is refused by a permission)")
    void selfApprovalIsRefused() {
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "north.sw1"))
                .isEqualTo(DecisionRight.SELF_APPROVAL);
        // Even a senior manager who is also the assignee cannot approve their own request.
        DecisionRight right = DecisionRights.of(NORTH, PM, "senior.manager", "senior.manager", "senior.manager");
        assertThat(right).isEqualTo(DecisionRight.SELF_APPROVAL);
        assertThat(right.allowed()).isFalse();
    }

    @Test
    @DisplayName("another team's practice manager, a colleague, or a manager below the assignee may not decide")
    void othersMayNotDecide() {
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "south.pm")).isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "north.sw2")).isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(NORTH, PM, "north.tm", "north.pm", "north.sw1")).isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(NORTH, PM, "senior.manager", "north.tm", "north.pm").allowed()).isFalse();
    }

    @Test
    @DisplayName("issue 8: an approver removed from the line decides nothing, though the request was routed to them")
    void removedApproverMayNotDecide() {
        ManagementLine replaced = ManagementLine.of("north", "new.pm", "north.tm", "senior.manager", "head.of.service");
        assertThat(DecisionRights.of(replaced, PM, "north.pm", "north.sw1", "north.pm"))
                .isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(replaced, PM, "north.pm", "north.sw1", "new.pm"))
                .isEqualTo(DecisionRight.ABOVE_ASSIGNEE);
    }

    @Test
    @DisplayName("issue 8: when the approver has left, nobody junior to the requester or below the kind's post decides")
    void leftApproverDoesNotOpenTheRequestToJuniors() {
        ManagementLine vacant = ManagementLine.of("north", null, "north.tm", "senior.manager", "head.of.service");
        // The team manager's own request, its practice manager approver gone: not the team manager's peers or juniors.
        ManagementLine withPm = ManagementLine.of("north", "north.pm", "north.tm", "senior.manager", "head.of.service");
        assertThat(DecisionRights.of(withPm, PM, "gone.pm", "north.tm", "north.pm"))
                .isEqualTo(DecisionRight.NOT_ABOVE_REQUESTER);
        assertThat(DecisionRights.of(withPm, PM, "gone.pm", "north.tm", "senior.manager"))
                .isEqualTo(DecisionRight.ABOVE_ASSIGNEE);
        // 000: a roll-back is for a head of service; a senior manager on the line may not decide it.
        assertThat(DecisionRights.of(vacant, ManagementRole.HEAD_OF_SERVICE, "head.of.service", "north.sw1",
                "senior.manager")).isEqualTo(DecisionRight.BELOW_DECIDING_POST);
    }

    @Test
    @DisplayName("issue 17: someone acting for the absent assignee under a running delegation may decide in their place; "
            + "without the delegation, or for someone else's requests, they may not")
    void delegateMayDecideForTheAssignee() {
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "south.pm", Set.of("north.pm"), false))
                .isEqualTo(DecisionRight.DELEGATE);
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "south.pm", Set.of(), false))
                .isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(NORTH, PM, "north.tm", "north.sw1", "south.pm", Set.of("north.pm"), false))
                .isEqualTo(DecisionRight.NOT_ON_LINE);
    }

    @Test
    @DisplayName("issue 17: delegation never lets anyone approve their own request")
    void delegationDoesNotBeatSelfApproval() {
        assertThat(DecisionRights.of(NORTH, PM, "north.pm", "north.sw1", "north.sw1", Set.of("north.pm"), false))
                .isEqualTo(DecisionRight.SELF_APPROVAL);
    }

    @Test
    @DisplayName("issue 17: a request escalated past the practice manager by a breached deadline is never locked: "
            + "they may still record their late decision; a worker still may not")
    void escalatedRequestStaysOpenToTheDecidingPost() {
        assertThat(DecisionRights.of(NORTH, PM, "north.tm", "north.sw1", "north.pm", Set.of(), true))
                .isEqualTo(DecisionRight.DECIDING_POST_AFTER_ESCALATION);
        assertThat(DecisionRights.of(NORTH, PM, "north.tm", "north.sw1", "north.pm", Set.of(), false))
                .isEqualTo(DecisionRight.NOT_ON_LINE);
        assertThat(DecisionRights.of(NORTH, PM, "north.tm", "north.sw1", "north.sw2", Set.of(), true))
                .isEqualTo(DecisionRight.NOT_ON_LINE);
    }
}
