package io.casework.casenotes;

import io.casework.casenotes.chain.ChainDigest;
import io.casework.casenotes.chain.ChainKeyRing;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.chain.ChainLink;
import io.casework.casenotes.chain.ChainRows;
import io.casework.casenotes.chain.ChainVerifier;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.writeStatutoryVisit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A record a court can trust (001 "Case Record Integrity", 002 s.5): changes made behind the service's back, as the
 * database's owner (who alone may set the append-only triggers aside), are caught by the verification endpoint and
 * the bulk verification, naming the entry and the kind of change; an untouched record verifies clean. Only the
 * managers of the child's team and service area may verify (ACCESS-RULES record.audit).
 */
@QuarkusTest
class RecordChainTest {

    @Test
    @DisplayName("An untouched record verifies clean, every entry counted; ACCESS-RULES record.audit decides who asks")
    void untouchedRecordVerifies() {
        String child = registerChild("north.sw1", "CP");
        String note = writeStatutoryVisit("north.sw1", child);
        as("north.sw1").header("If-Match", "\"1\"").body(edited("Visited at home; added the school's view."))
                .put("/case-notes/" + note).then().statusCode(200);
        as("north.sw1").get("/case-notes/" + note).then().statusCode(200);

        JsonPath verification = verify("north.pm", child);
        assertThat(verification.getBoolean("intact")).isTrue();
        // registration (its access, what the record opened with); note written (its access, its version); edited
        // (access, version 2); read; this verification
        assertThat(verification.getLong("entries")).isEqualTo(8);
        assertThat(verification.getString("firstBreak")).isNull();
        verify("head.of.service", child);

        for (String refused : List.of("north.sw1", "north.sp", "south.pm", "iro.one")) {
            as(refused).get("/children/" + child + "/record-chain").then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
        }
        // Each verification, and each refusal, is itself on the access log (002 s.5).
        List<String> actions = as("north.pm").queryParam("limit", 100).get("/children/" + child + "/access-log")
                .then().statusCode(200).extract().path("items.action");
        assertThat(actions.stream().filter("verifyChildRecordChain"::equals)).hasSize(6);
        assertThat(verify("north.pm", child).getBoolean("intact")).isTrue();
    }

    @Test
    @DisplayName("001 Case Record Integrity: an edited narrative is found, naming the version and CHANGED")
    void editedNarrative() {
        String child = registerChild("north.sw1", "CP");
        String note = writeStatutoryVisit("north.sw1", child);
        behindTheServicesBack("case_note_version", "update case_note_version set narrative = 'Nothing of note.' "
                + "where note_id = '" + note + "'");

        JsonPath broken = verify("north.pm", child);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getString("firstBreak.change")).isEqualTo("changed");
        assertThat(broken.getString("firstBreak.entry")).isEqualTo("version 1 of note " + note);
        assertThat(broken.getLong("firstBreak.position")).isEqualTo(4);
    }

    @Test
    @DisplayName("002 s.5: a deleted version is found as MISSING, from its position")
    void deletedVersion() {
        String child = registerChild("north.sw1", "CP");
        String note = writeStatutoryVisit("north.sw1", child);
        as("north.sw1").header("If-Match", "\"1\"").body(edited("A second version.")).put("/case-notes/" + note)
                .then().statusCode(200);
        behindTheServicesBack("case_note_version", "delete from case_note_version where note_id = '" + note
                + "' and version = 1");

        JsonPath broken = verify("north.pm", child);
        assertThat(broken.getString("firstBreak.change")).isEqualTo("missing");
        assertThat(broken.getLong("firstBreak.position")).isEqualTo(4);
    }

    @Test
    @DisplayName("002 s.5: two access-log rows put in each other's place are found as MOVED")
    void reorderedAccessLog() {
        String child = registerChild("north.sw1", "CP");
        for (int i = 0; i < 3; i++) {
            as("north.sw1").get("/children/" + child).then().statusCode(200);
        }
        // Positions 3 and 4 are two reads (after the registration and what the record opened with): swap them.
        behindTheServicesBack("access_log_entry",
                "update access_log_entry set chain_position = -1 where child_id = '" + child + "' and chain_position = 3",
                "update access_log_entry set chain_position = 3 where child_id = '" + child + "' and chain_position = 4",
                "update access_log_entry set chain_position = 4 where child_id = '" + child + "' and chain_position = -1");

        JsonPath broken = verify("north.pm", child);
        assertThat(broken.getString("firstBreak.change")).isEqualTo("moved");
        assertThat(broken.getLong("firstBreak.position")).isEqualTo(3);
        assertThat(broken.getString("firstBreak.entry")).startsWith("access log entry ");
    }

    @Test
    @DisplayName("A rewrite that recomputes the whole chain inside the database, without the key, is FORGED")
    void recomputedWithoutTheKey() {
        String child = registerChild("north.sw1", "CP");
        writeStatutoryVisit("north.sw1", child);
        // Rewrite the registration entry's basis, then make the chain consistent again without the service's key.
        behindTheServicesBack("access_log_entry", "update access_log_entry set basis = 'nothing to see' where child_id = '"
                + child + "' and chain_position = 1");
        recomputeWithForgedKey(child);

        JsonPath broken = verify("north.pm", child);
        assertThat(broken.getString("firstBreak.change")).isEqualTo("forged");
        assertThat(broken.getLong("firstBreak.position")).isEqualTo(1);
        assertThat(broken.getString("firstBreak.detail")).contains("recomputed without the key");
        assertThat(broken.getLong("entries")).as("four forged, and this verification's own access").isEqualTo(5);
    }

    @Test
    @DisplayName("The bulk verification counts every child and entry and names each broken chain")
    void bulkVerification() {
        String intact = registerChild("north.sw1", "CP");
        String tampered = registerChild("north.sw1", "CP");
        writeStatutoryVisit("north.sw1", tampered);
        behindTheServicesBack("case_note_version", "update case_note_version set title = 'Altered' where child_id = '"
                + tampered + "'");

        JsonPath run = as("casework.admin").post("/record-chain/verifications").then().statusCode(200)
                .extract().jsonPath();
        assertThat(run.getLong("children")).isGreaterThanOrEqualTo(2);
        assertThat(run.getLong("entries")).isGreaterThanOrEqualTo(4);
        assertThat(run.getLong("brokenChildren")).isPositive();
        List<String> broken = run.getList("broken.childId");
        assertThat(broken).contains(tampered).doesNotContain(intact);
        assertThat(metrics()).containsPattern("casework_record_chain_broken_children [1-9]")
                .containsPattern("casework_record_chain_breaks_total\\{change=\"changed\"[^}]*} [1-9]");

        as("north.pm").post("/record-chain/verifications").then().statusCode(403);
        given().post("/record-chain/verifications").then().statusCode(401);
    }

    private static JsonPath verify(String user, String child) {
        return as(user).get("/children/" + child + "/record-chain").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> edited(String narrative) {
        Map<String, Object> body = new HashMap<>(statutoryVisit());
        body.put("narrative", narrative);
        return body;
    }

    /**
     * What only the owner can do: set the table's append-only trigger aside, change it, put the trigger back. Also the
     * tamper of InformationRemovalTest.
     */
    static void behindTheServicesBack(String table, String... statements) {
        String trigger = table.equals("access_log_entry") ? "access_log_append_only" : table + "_append_only";
        String[] all = new String[statements.length + 2];
        all[0] = "alter table " + table + " disable trigger " + trigger;
        System.arraycopy(statements, 0, all, 1, statements.length);
        all[all.length - 1] = "alter table " + table + " enable trigger " + trigger;
        DatabaseOwner.execute(all);
    }

    /**
     * Recomputes every digest of the child's chain as a forger can (the algorithm is public) and seals each with a key
     * of the forger's own, the head too: a chain consistent in itself, made without the service's key.
     */
    private static void recomputeWithForgedKey(String child) {
        UUID childId = UUID.fromString(child);
        ChainKeyRing forger = new ChainKeyRing(Map.of("test-1", "the forger's own key, 32 bytes!!".getBytes()),
                "test-1");
        try (Connection db = DatabaseOwner.connect()) {
            List<Object[]> entries = new ArrayList<>();
            for (ChainKind kind : ChainKind.values()) {
                try (PreparedStatement select = db.prepareStatement("select ctid::text as row_id, "
                        + ChainRows.fieldColumns(kind) + ", " + ChainRows.SEAL_COLUMNS + " from "
                        + ChainRows.table(kind) + " where child_id = ?")) {
                    select.setObject(1, childId);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            entries.add(new Object[] {kind, row.getString("row_id"), ChainRows.link(kind, row)});
                        }
                    }
                }
            }
            entries.sort(Comparator.comparingLong(e -> ((ChainLink) e[2]).position()));
            byte[] previous = ChainDigest.GENESIS;
            try (Statement statement = db.createStatement()) {
                for (ChainKind kind : ChainKind.values()) {
                    statement.execute("alter table " + ChainRows.table(kind) + " disable trigger user");
                }
                for (Object[] entry : entries) {
                    ChainKind kind = (ChainKind) entry[0];
                    ChainLink link = (ChainLink) entry[2];
                    byte[] digest = ChainDigest.of(kind, childId, link.position(), previous, link.fields());
                    try (PreparedStatement update = db.prepareStatement("update " + ChainRows.table(kind)
                            + " set chain_digest = ?, chain_seal = ? where ctid = ?::tid")) {
                        update.setBytes(1, digest);
                        update.setBytes(2, forger.seal("test-1", digest));
                        update.setString(3, (String) entry[1]);
                        assertThat(update.executeUpdate()).isEqualTo(1);
                    }
                    previous = digest;
                }
                for (ChainKind kind : ChainKind.values()) {
                    statement.execute("alter table " + ChainRows.table(kind) + " enable trigger user");
                }
            }
            try (PreparedStatement head = db.prepareStatement(
                    "update record_chain_head set last_digest = ?, head_seal = ? where child_id = ?")) {
                head.setBytes(1, previous);
                head.setBytes(2, forger.seal("test-1", ChainVerifier.headMaterial(entries.size(), previous)));
                head.setObject(3, childId);
                head.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String metrics() {
        return ManagementInterface.metrics();
    }
}
