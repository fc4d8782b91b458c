package org.lkmm.parse;

import org.antlr.v4.runtime.Token;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.parse.herd.Capability;
import org.lkmm.parse.LitmusCParser.AddressValueContext;
import org.lkmm.parse.LitmusCParser.AndCondContext;
import org.lkmm.parse.LitmusCParser.AtomCondContext;
import org.lkmm.parse.LitmusCParser.BracketLocationContext;
import org.lkmm.parse.LitmusCParser.BracketValueContext;
import org.lkmm.parse.LitmusCParser.CapabilityContext;
import org.lkmm.parse.LitmusCParser.CapabilityLocationContext;
import org.lkmm.parse.LitmusCParser.CapabilityValueContext;
import org.lkmm.parse.LitmusCParser.ContentsValueContext;
import org.lkmm.parse.LitmusCParser.NamedRegisterLocationContext;
import org.lkmm.parse.LitmusCParser.NamedRegisterValueContext;
import org.lkmm.parse.LitmusCParser.FalseCondContext;
import org.lkmm.parse.LitmusCParser.ImpliesCondContext;
import org.lkmm.parse.LitmusCParser.IntValueContext;
import org.lkmm.parse.LitmusCParser.LocationContext;
import org.lkmm.parse.LitmusCParser.MemoryLocationContext;
import org.lkmm.parse.LitmusCParser.NotCondContext;
import org.lkmm.parse.LitmusCParser.OrCondContext;
import org.lkmm.parse.LitmusCParser.ParenCondContext;
import org.lkmm.parse.LitmusCParser.RegisterLocationContext;
import org.lkmm.parse.LitmusCParser.RegisterValueContext;
import org.lkmm.parse.LitmusCParser.SymbolContext;
import org.lkmm.parse.LitmusCParser.TrueCondContext;

/** Builds the propositions of final clauses and filters. */
final class CondBuilder extends LitmusCBaseVisitor<Cond> {
    private final Positions positions;

    CondBuilder(Positions positions) {
        this.positions = positions;
    }

    @Override
    public Cond visitParenCond(ParenCondContext ctx) {
        return visit(ctx.cond());
    }

    @Override
    public Cond visitNotCond(NotCondContext ctx) {
        return new Cond.Not(visit(ctx.cond()));
    }

    @Override
    public Cond visitAndCond(AndCondContext ctx) {
        return new Cond.And(visit(ctx.cond(0)), visit(ctx.cond(1)));
    }

    @Override
    public Cond visitOrCond(OrCondContext ctx) {
        return new Cond.Or(visit(ctx.cond(0)), visit(ctx.cond(1)));
    }

    @Override
    public Cond visitImpliesCond(ImpliesCondContext ctx) {
        return new Cond.Implies(visit(ctx.cond(0)), visit(ctx.cond(1)));
    }

    @Override
    public Cond visitTrueCond(TrueCondContext ctx) {
        return new Cond.Const(true);
    }

    @Override
    public Cond visitFalseCond(FalseCondContext ctx) {
        return new Cond.Const(false);
    }

    @Override
    public Cond visitAtomCond(AtomCondContext ctx) {
        Value value;
        if (ctx.value() instanceof CapabilityValueContext c) {
            value = new Value.Address(capability(c.capability()));
        } else if (ctx.value() instanceof IntValueContext i) {
            value = new Value.Int(Numbers.int32(i.NUMBER().getSymbol(), i.MINUS() != null));
        } else if (ctx.value() instanceof RegisterValueContext r) {
            value = new Value.Of(new Location.Register(positions.of(r), process(r.proc), r.ID().getText()));
        } else if (ctx.value() instanceof NamedRegisterValueContext r) {
            value = isProcess(r.procName) ? new Value.Of(new Location.Register(positions.of(r), namedProcess(r.procName),
                    r.ID(1).getText())) : new Value.Address(r.procName.getText() + ":" + r.ID(1).getText());
        } else if (ctx.value() instanceof ContentsValueContext c) {
            value = new Value.Of(new Location.Memory(positions.of(c), c.ID().getText()));
        } else if (ctx.value() instanceof BracketValueContext b) {
            value = new Value.Of(new Location.Memory(positions.of(b), name(b.symbol())));
        } else {
            value = new Value.Address(((AddressValueContext) ctx.value()).ID().getText());
        }
        return new Cond.Equals(location(ctx.location()), value, ctx.op.getType() == LitmusCParser.NE);
    }

    Location location(LocationContext ctx) {
        if (ctx instanceof CapabilityLocationContext c) {
            return new Location.Memory(positions.of(c), capability(c.capability()));
        }
        if (ctx instanceof RegisterLocationContext r) {
            return new Location.Register(positions.of(r), process(r.proc), r.ID().getText());
        }
        if (ctx instanceof NamedRegisterLocationContext r) {
            if (!isProcess(r.procName)) {
                return new Location.Memory(positions.of(r), r.procName.getText() + ":" + r.ID(1).getText());
            }
            return new Location.Register(positions.of(r), namedProcess(r.procName), r.ID(1).getText());
        }
        if (ctx instanceof BracketLocationContext b) {
            return new Location.Memory(positions.of(b), name(b.symbol()));
        }
        MemoryLocationContext m = (MemoryLocationContext) ctx;
        return new Location.Memory(positions.of(m), m.ID().getText());
    }

    private static String name(SymbolContext symbol) {
        return symbol.capability() != null ? capability(symbol.capability()) : symbol.getText();
    }

    /** A Morello location, named as herd7 prints it. */
    private static String capability(CapabilityContext c) {
        try {
            return Capability.name(c.perms == null ? "0" : c.perms.getText(), c.ID().getText(), c.tag.getText());
        } catch (NumberFormatException e) {
            throw new Refusal(c.perms, e.getMessage() + ", as herd7's capabilities must");
        }
    }

    /** A process number as herd reads it: an OCaml int, so anything past an int is an error here. */
    private int process(Token number) {
        long p = Numbers.int32(number, false);
        return (int) p;
    }

    /**
     * "P1" in "P1:r0": herd's state lexer reads P followed by a number as a process, and any
     * other "U:r0" as the name of a memory location.
     */
    static boolean isProcess(Token name) {
        return name.getText().matches("P[0-9]+");
    }

    static int namedProcess(Token name) {
        return (int) Numbers.int32(name, name.getText().substring(1), false);
    }
}
