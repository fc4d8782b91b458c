package org.lkmm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkmm.diag.InputError;

/** The kernel's .def files read as herd7 reads them; 6.1's gives exactly lkmm's own table. */
class DefFileTest {
    private static final Path REFERENCE = Path.of(System.getProperty("lkmm.reference", "../../shared/reference"));

    private static KernelTable tree(String folder) throws InputError {
        Path def = REFERENCE.resolve(folder).resolve("linux-kernel.def");
        assumeTrue(Files.isRegularFile(def), () -> def + " not found (../shared sits beside the repository in CI)");
        return DefFile.read(def);
    }

    @Test
    void linuxSixOnesDefIsTheBuiltInTable() throws Exception {
        assertEquals(KernelTable.standard().all(), tree("linux-memory-model").all());
    }

    @Test
    void sixTwelvesAndMainlinesDefsAreTheBuiltInTables() throws Exception {
        assertEquals(KernelTable.linux612().all(), tree("linux-memory-model-6.12").all());
        assertEquals(KernelTable.mainline().all(), tree("linux-memory-model-master").all());
    }

    @Test
    void sixTwelveMakesSrcuLoadsAndStores() throws Exception {
        KernelTable t = tree("linux-memory-model-6.12");
        assertEquals(new Primitive("srcu_read_lock", Form.LOAD, "srcu-lock", List.of(Role.PTR), ".",
                Optional.empty(), 1, ""), t.lookup("srcu_read_lock").get());
        assertEquals(Form.STORE, t.lookup("srcu_up_read").get().form());
        assertEquals("after-srcu-read-unlock", t.lookup("smp_mb__after_srcu_read_unlock").get().ordering());
    }

    @Test
    void mainlineWritesUppercaseTagsAndNewAtomics() throws Exception {
        KernelTable t = tree("linux-memory-model-master");
        Primitive andnot = t.lookup("atomic_fetch_andnot_acquire").get();
        assertEquals(Form.FETCH_OP, andnot.form());
        assertEquals("&~", andnot.op());
        assertEquals("ACQUIRE", andnot.ordering());
        assertEquals("NORETURN", t.lookup("atomic_or").get().ordering());
        assertEquals("MB", t.lookup("atomic_add_unless").get().ordering());
        Primitive mb = t.lookup("smp_store_mb").get();
        assertEquals(List.of("ONCE", "MB"), List.of(mb.ordering(), mb.fenceAfter()));
    }

    @Test
    void aMacroTheFileLacksIsUnknownButHerdsLegacyAddUnless() throws Exception {
        KernelTable t = DefFile.parse("t.def", "READ_ONCE(X) __load{once}(X)\n");
        assertTrue(t.lookup("WRITE_ONCE").isEmpty());
        assertEquals("", t.lookup("atomic_add_unless").get().tag());
    }

    @Test
    void composedMacrosPassTheirRolesOn() throws Exception {
        KernelTable t = DefFile.parse("t.def", "WRITE_ONCE(X,V) { __store{once}(X,V); }\n"
                + "my_set(V,X) { WRITE_ONCE(*X,V); }\n");
        Primitive p = t.lookup("my_set").get();
        assertEquals(List.of(Role.VAL, Role.PTR), p.args());
        assertEquals(2, p.blocks());
    }

    @Test
    void aBodyLkmmCannotReadIsRefusedByPosition() {
        InputError e = assertThrows(InputError.class, () -> DefFile.parse("t.def", "\nf(X) __load{once}(X) + 1\n"));
        assertTrue(e.getMessage().startsWith("t.def:2:"), e.getMessage());
    }
}
