/*
 * herd7's cat language (the .cat and .bell files of a memory model), as herdtools7 7.58 reads
 * it in lib/modelLexer.mll and lib/modelParser.mly. Syntax only: org.lkmm.parse.CatAstBuilder
 * turns the tree into org.lkmm.ast.cat records, org.lkmm.cat gives them meaning.
 * Operator precedence, loosest first (modelParser.mly): | ++ ; \ & then * + ? ~ then ^-1;
 * application (f x, f(x, y)) binds tightest.
 */
grammar Cat;

model
    : identity? CATDEP? topIns* EOF
    ;

identity
    : NAME (NAME | STRING)?
    | STRING
    ;

topIns
    : ENUM NAME EQUAL ALT? TAG (ALT TAG)*                        # enumIns
    | ins                                                       # plainIns
    ;

ins
    : LET patBind (AND patBind)* IN?                            # letIns
    | LET REC patBind (AND patBind)* (WHEN appTest)? IN?        # letRecIns
    | MATCH exp WITH ALT? insClauses END                        # matchIns
    | testType? appTest                                         # testIns
    | SHOW base AS NAME                                         # showAsIns
    | SHOW NAME (COMMA NAME)*                                   # showIns
    | UNSHOW NAME (COMMA NAME)*                                 # unshowIns
    | INCLUDE STRING                                            # includeIns
    | PROCEDURE REC? NAME procParams EQUAL ins* END             # procedureIns
    | CALL NAME simple (AS NAME)?                               # callIns
    | DEBUG exp                                                 # debugIns
    | FORALL NAME IN exp DO ins* END                            # forallIns
    | WITH NAME FROM exp                                        # withIns
    | IF variant thenPart=insBlock (ELSE elsePart=insBlock)? END # ifVariantIns
    | INSTRUCTIONS NAME LBRAC args RBRAC                        # instructionsIns
    | DEFAULT NAME LBRAC args RBRAC                             # defaultIns
    ;

insBlock
    : ins*
    ;

procParams
    : LPAR formals RPAR
    | pat0
    ;

insClauses
    : insClause (ALT insClause)* (ALT UNDERSCORE ARROW ins*)?
    | UNDERSCORE ARROW ins*
    ;

insClause
    : TAG ARROW ins*
    ;

testType
    : UNDEFINED_UNLESS
    | FLAG
    | ASSERT
    ;

appTest
    : COMP? testKind exp (AS NAME)?
    ;

testKind
    : ACYCLIC
    | IRREFLEXIVE
    | TESTEMPTY
    ;

patBind
    : LPAR formals RPAR EQUAL exp                               # tupleBind
    | NAME LPAR formals RPAR EQUAL exp                          # funTupleBind
    | NAME pat0 EQUAL exp                                       # funBind
    | pat0 (COMMA pat0)* EQUAL exp                              # varBind
    ;

formals
    : (pat0 (COMMA pat0)*)?
    ;

pat0
    : UNDERSCORE
    | NAME
    ;

exp
    : LET patBind (AND patBind)* IN exp                         # letExp
    | LET REC patBind (AND patBind)* IN exp                     # letRecExp
    | FUN pat0 ARROW exp                                        # funExp
    | FUN LPAR formals RPAR ARROW exp                           # funTupleExp
    | TRY exp WITH exp                                          # tryExp
    | IF cond THEN exp ELSE exp                                 # ifExp
    | MATCH exp WITH ALT? tagClauses END                        # matchExp
    | MATCH exp WITH ALT? setClauses END                        # matchSetExp
    | base COMMA base (COMMA base)*                             # tupleExp
    | base                                                      # baseExp
    ;

cond
    : exp EQUAL exp                                             # eqCond
    | exp SUBSET exp                                            # subsetCond
    | exp IN exp                                                # inCond
    | variant                                                   # variantCond
    ;

variant
    : VARIANT STRING                                            # namedVariant
    | STRING                                                    # namedVariant
    | LNOT variant                                              # notVariant
    | variant LAND variant                                      # andVariant
    | variant ALT variant                                       # orVariant
    | LPAR variant RPAR                                         # parenVariant
    ;

tagClauses
    : tagClause (ALT tagClause)* (ALT UNDERSCORE ARROW exp)?
    | UNDERSCORE ARROW exp
    ;

tagClause
    : TAG ARROW exp
    ;

setClauses
    : emptyClause ALT elementClause
    | elementClause ALT emptyClause
    ;

emptyClause
    : LACC RACC ARROW exp
    ;

elementClause
    : elem=pat0 PLUSPLUS rest=pat0 ARROW exp                    # eltRemClause
    | pre=pat0 UNION elem=pat0 PLUSPLUS post=pat0 ARROW exp     # preEltPostClause
    ;

base
    : base HAT INV                                              # inverseBase
    | base op=(STAR | PLUS | OPT)                               # postfixBase
    | COMP base                                                 # complementBase
    | base STAR base                                            # cartesianBase
    | <assoc=right> base INTER base                             # interBase
    | base DIFF base                                            # diffBase
    | <assoc=right> base SEMI base                              # seqBase
    | <assoc=right> base PLUSPLUS base                          # addBase
    | <assoc=right> base UNION base                             # unionBase
    | NAME arg*                                                 # appBase
    | simple                                                    # simpleBase
    ;

arg
    : NAME                                                      # nameArg
    | simple                                                    # simpleArg
    ;

simple
    : EMPTY                                                     # emptySimple
    | TAG                                                       # tagSimple
    | LACC args RACC                                            # setSimple
    | UNDERSCORE                                                # universeSimple
    | LPAR RPAR                                                 # unitSimple
    | LPAR exp RPAR                                             # parenSimple
    | BEGIN exp END                                             # parenSimple
    | LBRAC exp RBRAC                                           # toIdSimple
    ;

args
    : (base (COMMA base)*)?
    ;

// ---- Lexer (modelLexer.mll) ----

LET         : 'let' ;
REC         : 'rec' ;
AND         : 'and' ;
WHEN        : 'when' ;
ACYCLIC     : 'acyclic' ;
IRREFLEXIVE : 'irreflexive' ;
SHOW        : 'show' ;
UNSHOW      : 'unshow' ;
TESTEMPTY   : 'empty' ;
SUBSET      : 'subset' ;
AS          : 'as' ;
FUN         : 'fun' ;
IN          : 'in' ;
UNDEFINED_UNLESS : 'undefined_unless' ;
FLAG        : 'flag' ;
ASSERT      : 'assert' ;
INCLUDE     : 'include' ;
VARIANT     : 'variant' ;
BEGIN       : 'begin' ;
END         : 'end' ;
PROCEDURE   : 'procedure' ;
CALL        : 'call' ;
ENUM        : 'enum' ;
DEBUG       : 'debug' ;
MATCH       : 'match' ;
WITH        : 'with' ;
FORALL      : 'forall' ;
FROM        : 'from' ;
DO          : 'do' ;
TRY         : 'try' ;
IF          : 'if' ;
THEN        : 'then' ;
ELSE        : 'else' ;
CATDEP      : 'catdep' ;
INSTRUCTIONS: 'instructions' ;
DEFAULT     : 'default' ;
LNOT        : 'not' ;

LPAR        : '(' ;
RPAR        : ')' ;
LACC        : '{' ;
RACC        : '}' ;
LBRAC       : '[' ;
RBRAC       : ']' ;
UNDERSCORE  : '_' ;
EMPTY       : '0' ;
ALT         : '||' ;
UNION       : '|' ;
LAND        : '&&' ;
INTER       : '&' ;
STAR        : '*' ;
COMP        : '~' ;
PLUSPLUS    : '++' ;
PLUS        : '+' ;
HAT         : '^' ;
INV         : '-1' ;
DIFF        : '\\' ;
OPT         : '?' ;
EQUAL       : '=' ;
SEMI        : ';' ;
COMMA       : ',' ;
ARROW       : '->' ;

STRING      : '"' ~'"'* '"' ;
TAG         : '\'' NAME_TEXT ;
NAME        : NAME_TEXT ;
fragment NAME_TEXT : '_'? [a-zA-Z] [a-zA-Z0-9_.\-]* '\''? ;

ML_COMMENT  : '(*' (ML_COMMENT | .)*? '*)' -> skip ;
LINE_COMMENT: ('//' | '#') ~[\n]* -> skip ;
WS          : [ \t\r\n]+ -> skip ;
ERROR_CHAR  : . ;
