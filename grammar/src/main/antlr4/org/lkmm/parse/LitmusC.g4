/*
 * Syntax of C litmus tests as read by herd7's C front end and written in the
 * kernel's tools/memory-model/litmus-tests. Syntax only: kernel primitives are
 * plain calls here; org.lkmm.kernel gives them meaning.
 */
grammar LitmusC;

test
    : HEADER STRING? init? process+ trailer* (clause SEMI? trailer*)? EOF
    ;

init
    : LBRACE SEMI* (initEntry (SEMI+ initEntry)* SEMI*)? RBRACE
    ;

initEntry
    : typeName? initTarget (ASSIGN expr)?
    ;

initTarget
    : (proc=NUMBER COLON | procName=ID COLON)? STAR* name=ID (LBRACK NUMBER RBRACK)?
    ;

process
    : ID? ID LPAR (param (COMMA param)* COMMA?)? RPAR block   // herd7 takes a trailing comma
    ;

param
    : typeName ID
    ;

// herd7's typ (lib/CParser.mly): one base type, const or volatile before it (once) or after it
// and after each star
typeName
    : (typeWord QUALIFIER? | QUALIFIER typeWord) (QUALIFIER | STAR)*
    ;

typeWord
    : TYPE_KEYWORD
    | TYPE_NAME
    | STRUCT ID
    ;

block
    : LBRACE stmt* RBRACE
    ;

stmt
    : typeName declarator (COMMA declarator)* SEMI     # declStmt
    | ID ASSIGN expr SEMI                               # assignStmt
    | STAR expr ASSIGN expr SEMI                        # storeStmt
    | IF LPAR expr RPAR stmt (ELSE stmt)?               # ifStmt
    | WHILE LPAR expr RPAR stmt                         # whileStmt
    | block                                             # blockStmt
    | expr SEMI                                         # exprStmt
    ;

declarator
    : ID (ASSIGN expr)?
    ;

expr
    : NUMBER                                            # intExpr
    | (TRUE | FALSE)                                    # boolExpr
    | ID LPAR (expr (COMMA expr)*)? RPAR                # callExpr
    | ID                                                # nameExpr
    | LPAR typeName RPAR expr                           # castExpr
    | LPAR expr RPAR                                    # parenExpr
    | expr LBRACK expr RBRACK                           # indexExpr
    | op=(STAR | AMP | BANG | MINUS | TILDE) expr       # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr             # binaryExpr
    | expr op=(PLUS | MINUS) expr                       # binaryExpr
    | expr op=(SHL | SHR) expr                          # binaryExpr
    | expr op=(LT | LE | GT | GE) expr                  # binaryExpr
    | expr op=(EQ | NE) expr                            # binaryExpr
    | expr op=AMP expr                                  # binaryExpr
    | expr op=CARET expr                                # binaryExpr
    | expr op=PIPE expr                                 # binaryExpr
    | expr op=ANDAND expr                               # binaryExpr
    | expr op=OROR expr                                 # binaryExpr
    ;

trailer
    : LOCATIONS LBRACK (location (SEMI location)* SEMI?)? RBRACK    # locationsTrailer
    | FILTER cond                                                 # filterTrailer
    ;

clause
    : TILDE? EXISTS cond                                # existsClause
    | FORALL cond                                       # forallClause
    ;

// herd7's precedence (lib/stateParser.mly): ~ binds tightest, then =>, then /\, then \/
cond
    : LPAR cond RPAR                                    # parenCond
    | (TILDE | NOT) cond                                # notCond
    | <assoc=right> cond IMPLIES cond                   # impliesCond
    | cond AND cond                                     # andCond
    | cond OR cond                                      # orCond
    | TRUE                                              # trueCond
    | FALSE                                             # falseCond
    | location op=(ASSIGN | EQ | NE) value              # atomCond
    ;

location
    : capability                                        # capabilityLocation
    | proc=NUMBER COLON ID                              # registerLocation
    | procName=ID COLON ID                              # namedRegisterLocation
    | LBRACK symbol RBRACK                              # bracketLocation
    | STAR* ID (LBRACK NUMBER RBRACK)?                  # memoryLocation
    ;

// herd7's state lexer reads "U:r0" as one name, a location, when U is no process P<n>
symbol
    : ID (COLON ID)?
    | capability
    ;

// herd7's Morello locations (lib/stateParser.mly): "x:3" is x with a capability tag, and
// "8:x:1" adds permissions; no program reaches them, so they read as their initial value
capability
    : perms=NUMBER COLON ID COLON tag=NUMBER
    | ID COLON tag=NUMBER
    ;

value
    : capability                                        # capabilityValue
    | MINUS? NUMBER                                     # intValue
    | proc=NUMBER COLON ID                              # registerValue
    | procName=ID COLON ID                              # namedRegisterValue
    | STAR ID                                           # contentsValue
    | LBRACK symbol RBRACK                              # bracketValue
    | AMP? ID                                           # addressValue
    ;

// ---- lexer ----
HEADER      : 'C' [ \t]+ ~[ \t\r\n]+ ~[\r\n]* ;   // herd7 ignores what follows the name on its line
STRING      : '"' ~["]* '"' ;
EXISTS      : 'exists' ;
FORALL      : 'forall' ;
FILTER      : 'filter' ;
LOCATIONS   : 'locations' ;
TRUE        : 'true' ;
FALSE       : 'false' ;
NOT         : 'not' ;
IF          : 'if' ;
ELSE        : 'else' ;
WHILE       : 'while' ;
STRUCT      : 'struct' ;
// herd7's C types (lib/CLexer.mll): no short, unsigned, signed or bool, and no other *_t
TYPE_KEYWORD: 'int' | 'long' | 'char' | 'void' ;
QUALIFIER   : 'const' | 'volatile' ;
TYPE_NAME   : 'int8_t' | 'uint8_t' | 'int16_t' | 'uint16_t' | 'int32_t' | 'uint32_t' | 'int64_t' | 'uint64_t'
            | '__int128_t' | '__uint128_t' | '__int128' | '__uint128' | 'intptr_t' | 'uintptr_t'
            | 'mtx_t' | 'spinlock_t' | 'atomic_t' | 'atomic_int' ;
ID          : [a-zA-Z_] [a-zA-Z_0-9]* ;
NUMBER      : '0' [xX] [0-9a-fA-F]+ | [0-9]+ ;
AND         : '/\\' ;
OR          : '\\/' ;
IMPLIES     : '=>' | '->' ;
LPAR        : '(' ;
RPAR        : ')' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
LBRACK      : '[' ;
RBRACK      : ']' ;
SEMI        : ';' ;
COMMA       : ',' ;
COLON       : ':' ;
EQ          : '==' ;
NE          : '!=' | '<>' ;
LE          : '<=' ;
GE          : '>=' ;
SHL         : '<<' ;
SHR         : '>>' ;
LT          : '<' ;
GT          : '>' ;
ASSIGN      : '=' ;
ANDAND      : '&&' ;
OROR        : '||' ;
AMP         : '&' ;
PIPE        : '|' ;
CARET       : '^' ;
PLUS        : '+' ;
MINUS       : '-' ;
STAR        : '*' ;
SLASH       : '/' ;
PERCENT     : '%' ;
BANG        : '!' ;
TILDE       : '~' ;

// (* ... *) is a comment only when "(*" is not the start of a dereference.
ML_COMMENT  : '(*' [ \t\r\nA-Z*] (NESTED_ML | .)*? '*)' -> skip ;
fragment NESTED_ML : '(*' (NESTED_ML | .)*? '*)' ;
C_COMMENT   : '/*' .*? '*/' -> skip ;
LINE_COMMENT: '//' ~[\r\n]* -> skip ;
WS          : [ \t\r\n\f]+ -> skip ;
ERROR_CHAR  : . ;
