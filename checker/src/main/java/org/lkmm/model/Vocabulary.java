package org.lkmm.model;

import org.lkmm.program.FenceKind;
import org.lkmm.relation.EventSet;

/**
 * The event sets of one generation's bell (and lock.cat's additions to them) on one structure:
 * what Acquire, Release, Noreturn, Mb and Marked are. Linux 6.1 and 6.12 name accesses by their
 * lowercase tags; lkmmv2 by uppercase ones, filtered (Acquire on a store, Mb on a failed RMW
 * order nothing) and with the accesses of fully ordered RMWs in Mb.
 */
final class Vocabulary {
    final EventSet acquire;
    final EventSet release;
    final EventSet noreturn;
    /** The Mb set fencerel(Mb) uses: smp_mb() fences, and under lkmmv2 the accesses tagged MB. */
    final EventSet mb;
    /** lkmmv2's Mb accesses (empty before): po-before [Mb & R] and po-after [Mb & W] are ordered as by smp_mb(). */
    final EventSet mbAccesses;
    final EventSet marked;
    /** lock.cat's ALL-LOCKS (with the SRCU events since v6.11's). */
    final EventSet allLocks;

    private Vocabulary(EventSet acquire, EventSet release, EventSet noreturn, EventSet mb, EventSet mbAccesses,
                       EventSet marked, EventSet allLocks) {
        this.acquire = acquire;
        this.release = release;
        this.noreturn = noreturn;
        this.mb = mb;
        this.mbAccesses = mbAccesses;
        this.marked = marked;
        this.allLocks = allLocks;
    }

    /** The sets of this generation on b, computed once per structure. */
    static Vocabulary of(Structure b, Generation g) {
        return b.memo("vocabulary", g, () -> compute(b, g));
    }

    private static Vocabulary compute(Structure b, Generation g) {
        EventSet lockEvents = b.lkr.union(b.lkw).union(b.ul).union(b.lf).union(b.ru);
        EventSet allLocks = g.v611Locks() ? lockEvents.union(b.srcuLock).union(b.srcuUnlock).union(b.syncSrcu)
                : lockEvents;
        EventSet srcuAccesses = g.srcuAsAccesses() ? b.srcuLock.union(b.srcuUnlock) : EventSet.empty(b.n);
        if (!g.lkmmv2()) {
            // let Marked = (~M) | IW | Once | Release | Acquire | domain(rmw) | range(rmw) | LKR | LKW | UL | LF | RL | RU
            //              [| Srcu-lock | Srcu-unlock since v6.4]
            EventSet marked = b.memory.complement().union(b.iw).union(b.once).union(b.release).union(b.acquire)
                    .union(b.rmw.domain()).union(b.rmw.range()).union(lockEvents).union(srcuAccesses);
            return new Vocabulary(b.acquire, b.release, b.noreturn, b.fences.get(FenceKind.MB), EventSet.empty(b.n),
                    marked, allLocks);
        }
        // let FailedRMW = RMW \ (domain(rmw) | range(rmw))
        EventSet failed = b.rmwAccesses.minus(b.rmw.domain()).minus(b.rmw.range());
        EventSet acquireTag = tagged(b, "ACQUIRE");
        EventSet releaseTag = tagged(b, "RELEASE");
        EventSet mbTag = tagged(b, "MB");
        // let Acquire = ACQUIRE \ W \ FailedRMW, and lock.cat's Acquire | LKR (Release likewise with UL)
        EventSet acquire = acquireTag.minus(b.writes).minus(failed).union(b.lkr);
        EventSet release = releaseTag.minus(b.reads).minus(failed).union(b.ul);
        EventSet mb = mbTag.minus(failed);
        // let Noreturn = NORETURN \ W
        EventSet noreturn = tagged(b, "NORETURN").minus(b.writes);
        // let Marked = (~M) | IW | ONCE | RELEASE | ACQUIRE | MB | RMW | LKR | LKW | UL | LF | RL | RU | Srcu-lock | Srcu-unlock
        EventSet marked = b.memory.complement().union(b.iw).union(tagged(b, "ONCE")).union(releaseTag)
                .union(acquireTag).union(mbTag).union(b.rmwAccesses).union(lockEvents).union(srcuAccesses);
        return new Vocabulary(acquire, release, noreturn, mb, mb.intersect(b.memory), marked, allLocks);
    }

    /** The events herd gives this tag: accesses, fences and SRCU events the model's macros wrote it on. */
    private static EventSet tagged(Structure b, String tag) {
        return b.set(e -> e.herdTags().contains(tag));
    }
}
