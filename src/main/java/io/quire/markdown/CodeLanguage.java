package io.quire.markdown;

import static io.quire.markdown.Grammar.Trait.CHAR_LITERALS;
import static io.quire.markdown.Grammar.Trait.C_COMMENTS;
import static io.quire.markdown.Grammar.Trait.HASH_COMMENTS;
import static io.quire.markdown.Grammar.Trait.IGNORE_CASE;
import static io.quire.markdown.Grammar.Trait.MAPPING_KEYS;
import static io.quire.markdown.Grammar.Trait.MARKUP;
import static io.quire.markdown.Grammar.Trait.MULTILINE_STRINGS;
import static io.quire.markdown.Grammar.Trait.PREPROCESSOR;
import static io.quire.markdown.Grammar.Trait.PROSE_QUOTES;
import static io.quire.markdown.Grammar.Trait.SHELL_COMMENTS;
import static io.quire.markdown.Grammar.Trait.SQL_COMMENTS;
import static io.quire.markdown.Grammar.Trait.TRIPLE_QUOTES;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the highlighter knows, with the names authors write after the fence and the label readers see.
 * The first name is the canonical id used in {@code data-lang} and remembered by the tab script, so {@code js}
 * and {@code javascript} blocks select the same tab.
 */
enum CodeLanguage {

    JAVA("Java", new Grammar(Words.JAVA, "\"'", C_COMMENTS, TRIPLE_QUOTES), "java"),
    KOTLIN("Kotlin", new Grammar(Words.KOTLIN, "\"'", C_COMMENTS, TRIPLE_QUOTES), "kotlin", "kt", "kts"),
    PYTHON("Python", new Grammar(Words.PYTHON, "\"'", HASH_COMMENTS, TRIPLE_QUOTES), "python", "py", "python3"),
    JAVASCRIPT("JavaScript", new Grammar(Words.JAVASCRIPT, "\"'`", C_COMMENTS),
            "javascript", "js", "jsx", "mjs", "cjs", "node"),
    TYPESCRIPT("TypeScript", new Grammar(Words.JAVASCRIPT + " " + Words.TYPESCRIPT, "\"'`", C_COMMENTS),
            "typescript", "ts", "tsx"),
    C("C", new Grammar(Words.C, "\"'", C_COMMENTS, PREPROCESSOR), "c", "h"),
    CPP("C++", new Grammar(Words.C + " " + Words.CPP, "\"'", C_COMMENTS, PREPROCESSOR),
            "cpp", "c++", "cc", "cxx", "hpp"),
    GO("Go", new Grammar(Words.GO, "\"'`", C_COMMENTS), "go", "golang"),
    RUST("Rust", new Grammar(Words.RUST, "\"'", C_COMMENTS, CHAR_LITERALS), "rust", "rs"),
    SQL("SQL", new Grammar(Words.SQL, "'\"`", SQL_COMMENTS, MULTILINE_STRINGS, IGNORE_CASE),
            "sql", "mysql", "mariadb", "postgresql", "postgres", "sqlite"),
    BASH("Bash", new Grammar(Words.BASH, "\"'", SHELL_COMMENTS, MULTILINE_STRINGS),
            "bash", "sh", "shell", "zsh", "console"),
    JSON("JSON", new Grammar(Words.JSON, "\""), "json", "jsonc", "json5"),
    YAML("YAML", new Grammar(Words.YAML, "\"'", SHELL_COMMENTS, MAPPING_KEYS, PROSE_QUOTES), "yaml", "yml"),
    HTML("HTML", new Grammar("", "\"'", MARKUP), "html", "htm", "xhtml"),
    XML("XML", new Grammar("", "\"'", MARKUP), "xml", "xsd", "xsl", "svg");

    private static final Map<String, CodeLanguage> BY_NAME = new HashMap<>();

    static {
        for (CodeLanguage language : values()) {
            for (String name : language.names) {
                BY_NAME.put(name, language);
            }
        }
    }

    private final String label;

    private final Grammar grammar;

    private final String[] names;

    CodeLanguage(String label, Grammar grammar, String... names) {
        this.label = label;
        this.grammar = grammar;
        this.names = names;
    }

    /** Finds a language by any of its names, which must already be lower case. */
    static Optional<CodeLanguage> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    String id() {
        return names[0];
    }

    String label() {
        return label;
    }

    Grammar grammar() {
        return grammar;
    }

    // A holder class, because enum constants cannot refer to the enum's own static fields while it initialises.
    private static final class Words {

        static final String JAVA = "abstract assert boolean break byte case catch char class const continue default "
                + "do double else enum extends final finally float for goto if implements import instanceof int "
                + "interface long native new package private protected public return short static strictfp super "
                + "switch synchronized this throw throws transient try void volatile while var record yield sealed "
                + "permits true false null";

        static final String KOTLIN = "as break class continue do else false for fun if in interface is null object "
                + "package return super this throw true try typealias typeof val var when while by catch "
                + "constructor finally get import init set where abstract annotation companion const data enum "
                + "external final infix inline inner internal lateinit open operator out override private "
                + "protected public reified sealed suspend tailrec vararg";

        static final String PYTHON = "False None True and as assert async await break class continue def del elif "
                + "else except finally for from global if import in is lambda nonlocal not or pass raise return "
                + "try while with yield match case self";

        static final String JAVASCRIPT = "break case catch class const continue debugger default delete do else "
                + "export extends false finally for function if import in instanceof let new null return super "
                + "switch this throw true try typeof undefined var void while with yield async await of static "
                + "get set";

        static final String TYPESCRIPT = "abstract any as asserts bigint boolean declare enum implements infer "
                + "interface is keyof namespace never number object private protected public readonly satisfies "
                + "string symbol type unique unknown";

        static final String C = "auto break case char const continue default do double else enum extern float for "
                + "goto if inline int long register restrict return short signed sizeof static struct switch "
                + "typedef union unsigned void volatile while bool true false NULL";

        static final String CPP = "alignas alignof catch class concept consteval constexpr constinit const_cast "
                + "co_await co_return co_yield decltype delete dynamic_cast explicit export friend mutable namespace "
                + "new noexcept nullptr operator override private protected public reinterpret_cast requires "
                + "static_assert static_cast template this thread_local throw try typeid typename using virtual "
                + "final";

        static final String GO = "break case chan const continue default defer else fallthrough for func go goto "
                + "if import interface map package range return select struct switch type var true false nil iota "
                + "bool byte error int int64 string float64 rune any";

        static final String RUST = "as async await break const continue crate dyn else enum extern false fn for if "
                + "impl in let loop match mod move mut pub ref return self Self static struct super trait true type "
                + "unsafe use where while i32 i64 u8 u32 u64 usize isize f32 f64 bool char str String Option Some "
                + "None Result Ok Err Vec";

        static final String SQL = "select from where and or not insert into values update set delete create table "
                + "alter drop index view join inner left right outer full cross on as group by order having limit "
                + "offset union all distinct case when then else end is null like in between exists primary key "
                + "foreign references default constraint unique check begin commit rollback transaction with "
                + "recursive over partition asc desc int integer varchar char text bigint smallint decimal numeric "
                + "boolean date datetime timestamp true false if replace returning";

        static final String BASH = "if then else elif fi case esac for while until do done in function return local "
                + "export readonly declare unset shift break continue exit echo printf read cd source alias set "
                + "trap eval exec test";

        static final String JSON = "true false null";

        static final String YAML = "true false null yes no on off True False Null";
    }
}
