package org.lkmm.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.solver.Atom;

/**
 * herd7's addr, data and ctrl for one alternative of a thread (herd/modelUtils.ml,
 * make_procrels_nodeps, as it runs for C): computed from the structure the semantics built, not
 * from the values. A dependency starts at a memory load (or a failed trylock or a spin_is_locked),
 * runs through register events and other events no model sees (iico and rf-reg), and ends with
 * one data edge into an access: into a store from a data port it is data, anything else is an
 * address. Control runs from the loads of a condition to the events of its branches. So a
 * constant returned by an RMW still depends on the RMW's read, a fully ordered RMW's value
 * depends on nothing (its trailing fence is its output), and a register assigned under a branch
 * carries the branch's control.
 */
final class Dependencies {
    private final Map<Integer, BitSet> addr = new HashMap<>();
    private final Map<Integer, BitSet> data = new HashMap<>();
    private final Map<Integer, BitSet> ctrl = new HashMap<>();

    /** The alternative's actions, in program order (which is also eiid order). */
    Dependencies(List<Action> actions) {
        Graph g = new Graph(actions);
        g.compute(this);
    }

    /** A memory event with its values solved and its dependencies filled in. */
    Action.Memory complete(Action.Memory m, Atom location, Atom value) {
        return m.with(location, value, get(addr, m.eiid()), get(data, m.eiid()), get(ctrl, m.eiid()));
    }

    private static BitSet get(Map<Integer, BitSet> deps, int eiid) {
        return deps.getOrDefault(eiid, Action.Memory.NONE);
    }

    private static void add(Map<Integer, BitSet> deps, int target, int source) {
        deps.computeIfAbsent(target, k -> new BitSet()).set(source);
    }

    /** The structure with nodes numbered in program order. */
    private static final class Graph {
        private final int[] eiid;
        private final Kind[] kind;          // null for register events
        private final boolean[] registerRead;
        private final boolean[] dataPort;
        private final BitSet[] iico;
        private final BitSet[] rfReg;
        private final BitSet[] control;
        private final int[] rmwRead;        // node of the RMW read a write belongs to, or -1

        Graph(List<Action> actions) {
            Map<Integer, Integer> node = new HashMap<>();
            List<Action> nodes = new ArrayList<>();
            for (Action a : actions) {
                int e = -1;
                if (a instanceof Action.Memory m) {
                    e = m.eiid();
                } else if (a instanceof Action.RegisterRead r) {
                    e = r.eiid();
                } else if (a instanceof Action.RegisterWrite w) {
                    e = w.eiid();
                }
                if (e >= 0) {
                    node.put(e, nodes.size());
                    nodes.add(a);
                }
            }
            int n = nodes.size();
            eiid = new int[n];
            kind = new Kind[n];
            registerRead = new boolean[n];
            dataPort = new boolean[n];
            iico = sets(n);
            rfReg = sets(n);
            control = sets(n);
            rmwRead = new int[n];
            Map<String, Integer> lastWrite = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Action a = nodes.get(i);
                Action.Causes causes;
                rmwRead[i] = -1;
                if (a instanceof Action.Memory m) {
                    eiid[i] = m.eiid();
                    kind[i] = m.kind();
                    causes = m.causes();
                    if (m.kind() == Kind.WRITE && m.rmwReadEiid() >= 0) {
                        rmwRead[i] = node.get(m.rmwReadEiid());
                    }
                } else if (a instanceof Action.RegisterRead r) {
                    eiid[i] = r.eiid();
                    registerRead[i] = true;
                    causes = r.causes();
                    Integer w = lastWrite.get(r.register());
                    if (w != null) {
                        rfReg[w].set(i);
                    }
                } else {
                    Action.RegisterWrite w = (Action.RegisterWrite) a;
                    eiid[i] = w.eiid();
                    causes = w.causes();
                    lastWrite.put(w.register(), i);
                }
                dataPort[i] = causes.dataPort();
                for (int c : causes.controlledBy()) {
                    control[forward(node, c, i)].set(i);
                }
            }
            for (Action a : actions) {
                if (a instanceof Action.Iico edges) {
                    for (int to : edges.to()) {
                        int t = node.get(to);
                        for (int from : edges.from()) {
                            iico[forward(node, from, t)].set(t);
                        }
                    }
                }
            }
        }

        /** Edges go forward in program order, which the closures below rely on. */
        private static int forward(Map<Integer, Integer> node, int from, int to) {
            int f = node.get(from);
            if (f >= to) {
                throw new IllegalStateException("a dependency edge against program order");
            }
            return f;
        }

        void compute(Dependencies out) {
            int n = eiid.length;
            BitSet relevant = new BitSet();
            for (int i = 0; i < n; i++) {
                if (relevant(i)) {
                    relevant.set(i);
                }
            }
            // dd_inside: (rf-reg | iico between events no model sees)+
            BitSet[] ddInside = sets(n);
            for (int i = n - 1; i >= 0; i--) {
                BitSet step = (BitSet) rfReg[i].clone();
                if (!relevant.get(i)) {
                    BitSet inner = (BitSet) iico[i].clone();
                    inner.andNot(relevant);
                    step.or(inner);
                }
                closeOver(ddInside, i, step);
            }
            BitSet[] ddPre = sets(n);       // from a memory load: iico ; dd_inside
            BitSet[] lastData = sets(n);
            BitSet[] lastAddr = sets(n);
            BitSet[] cfl = sets(n);         // control_from_load
            BitSet[] ctrlRel = sets(n);     // herd's ctrl: control from any load, to events a model sees
            for (int i = 0; i < n; i++) {
                if (memLoadTotal(i)) {
                    for (int j = iico[i].nextSetBit(0); j >= 0; j = iico[i].nextSetBit(j + 1)) {
                        ddPre[i].or(ddInside[j]);
                    }
                }
                for (int j = iico[i].nextSetBit(0); j >= 0; j = iico[i].nextSetBit(j + 1)) {
                    if (kind[j] == Kind.WRITE && dataPort[i]) {
                        lastData[i].set(j);
                    }
                    if (kind[j] == Kind.READ || (kind[j] == Kind.WRITE && !dataPort[i]) || additionalMem(j)) {
                        lastAddr[i].set(j);
                    }
                }
                if (isLoad(i)) {
                    cfl[i] = control[i];
                }
                if (isLoad(i) || additionalMemLoad(i)) {
                    ctrlRel[i] = (BitSet) control[i].clone();
                    ctrlRel[i].and(relevant);
                }
            }
            // (dd_inside | control_from_load)+
            BitSet[] through = sets(n);
            for (int i = n - 1; i >= 0; i--) {
                BitSet step = (BitSet) ddInside[i].clone();
                step.or(cfl[i]);
                closeOver(through, i, step);
            }
            for (int i = 0; i < n; i++) {
                if (!memLoadTotal(i)) {
                    continue;     // no dependency starts elsewhere in C
                }
                BitSet dataDep = (BitSet) lastData[i].clone();
                BitSet addrDep = (BitSet) lastAddr[i].clone();
                for (int k = ddPre[i].nextSetBit(0); k >= 0; k = ddPre[i].nextSetBit(k + 1)) {
                    dataDep.or(lastData[k]);
                    addrDep.or(lastAddr[k]);
                }
                for (int w = iico[i].nextSetBit(0); w >= 0; w = iico[i].nextSetBit(w + 1)) {
                    if (rmwRead[w] == i) {
                        dataDep.set(w);       // an RMW's internal data dependency
                    }
                }
                BitSet dd = (BitSet) ddPre[i].clone();
                dd.or(addrDep);
                dd.or(dataDep);
                BitSet ctrlDep = (BitSet) cfl[i].clone();
                for (int k = dd.nextSetBit(0); k >= 0; k = dd.nextSetBit(k + 1)) {
                    ctrlDep.or(ctrlRel[k]);
                }
                for (int j = iico[i].nextSetBit(0); j >= 0; j = iico[i].nextSetBit(j + 1)) {
                    BitSet plus = through[j];
                    for (int k = plus.nextSetBit(0); k >= 0; k = plus.nextSetBit(k + 1)) {
                        ctrlDep.or(cfl[k]);
                    }
                }
                ctrlDep.and(relevant);
                record(out.addr, i, addrDep);
                record(out.data, i, onlyMemory(dataDep));
                record(out.ctrl, i, ctrlDep);
            }
        }

        private BitSet onlyMemory(BitSet targets) {
            BitSet out = new BitSet();
            for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
                if (kind[t] == Kind.READ || kind[t] == Kind.WRITE) {
                    out.set(t);
                }
            }
            return out;
        }

        private void record(Map<Integer, BitSet> deps, int source, BitSet targets) {
            for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
                add(deps, eiid[t], eiid[source]);
            }
        }

        /** closure[i] = step and everything step reaches, for a relation going forward. */
        private static void closeOver(BitSet[] closure, int i, BitSet step) {
            BitSet all = (BitSet) step.clone();
            for (int j = step.nextSetBit(0); j >= 0; j = step.nextSetBit(j + 1)) {
                all.or(closure[j]);
            }
            closure[i] = all;
        }

        /** herd's evt_relevant: memory, barriers and the lock events; not registers, not SRCU. */
        private boolean relevant(int i) {
            return kind[i] == Kind.READ || kind[i] == Kind.WRITE || kind[i] == Kind.FENCE || additionalMem(i);
        }

        private boolean additionalMem(int i) {
            return kind[i] != null && kind[i].isLockEvent();
        }

        /** A failed trylock or a spin_is_locked: herd's is_additional_mem_load. */
        private boolean additionalMemLoad(int i) {
            return kind[i] == Kind.LOCK_FAIL || kind[i] == Kind.READ_LOCKED || kind[i] == Kind.READ_UNLOCKED;
        }

        private boolean memLoadTotal(int i) {
            return kind[i] == Kind.READ || additionalMemLoad(i);
        }

        /** herd's E.is_load: a read of memory or of a register. */
        private boolean isLoad(int i) {
            return kind[i] == Kind.READ || registerRead[i];
        }

        private static BitSet[] sets(int n) {
            BitSet[] s = new BitSet[n];
            for (int i = 0; i < n; i++) {
                s[i] = new BitSet();
            }
            return s;
        }
    }
}
