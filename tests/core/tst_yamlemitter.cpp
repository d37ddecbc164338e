#include "export/yamlemitter.h"
#include "export/yamlnode.h"
#include "model/yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestYamlEmitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarStyle_data();
    void scalarStyle();
    void scalarRoundTrips_data();
    void scalarRoundTrips();
    void numbers_data();
    void numbers();
    void numbersIgnoreStackGarbage();
    void literalBlocks_data();
    void literalBlocks();
    void nestedLayoutMatchesRasa();
    void jsonRoundTrips_data();
    void jsonRoundTrips();
    void emptyCollections();

private:
    static void addTrickyStrings();
};

void TestYamlEmitter::scalarStyle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("identifier", u"utter_greet"_s, u"utter_greet"_s);
    row("sentence", u"Hi, I'm a bot."_s, u"Hi, I'm a bot."_s);
    row("url", u"https://i.imgur.com/nGF1K8f.jpg"_s, u"https://i.imgur.com/nGF1K8f.jpg"_s);
    row("trailing colon", u"Here is something to cheer you up:"_s,
        u"'Here is something to cheer you up:'"_s);
    row("colon space", u"very sad: really"_s, u"'very sad: really'"_s);
    row("space hash", u"bad #worse"_s, u"'bad #worse'"_s);
    row("hash inside word", u"C#"_s, u"C#"_s);
    row("yes", u"yes"_s, u"'yes'"_s);
    row("No", u"No"_s, u"'No'"_s);
    row("on", u"on"_s, u"'on'"_s);
    row("OFF", u"OFF"_s, u"'OFF'"_s);
    row("y", u"y"_s, u"'y'"_s);
    row("true", u"true"_s, u"'true'"_s);
    row("null", u"null"_s, u"'null'"_s);
    row("tilde", u"~"_s, u"'~'"_s);
    row("empty", QString(), u"''"_s);
    row("int", u"42"_s, u"'42'"_s);
    row("negative", u"-7"_s, u"'-7'"_s);
    row("float", u"0.5"_s, u"'0.5'"_s);
    row("exp", u"1e3"_s, u"'1e3'"_s);
    row("hex", u"0x1F"_s, u"'0x1F'"_s);
    row("octal 1.1", u"0755"_s, u"'0755'"_s);
    row("sexagesimal", u"1:20"_s, u"'1:20'"_s);
    row("inf", u".inf"_s, u"'.inf'"_s);
    row("nan", u".NaN"_s, u"'.NaN'"_s);
    row("version", u"3.1.0"_s, u"'3.1.0'"_s);
    row("date", u"2021-01-01"_s, u"'2021-01-01'"_s);
    row("timestamp", u"2021-01-01T00:00:00"_s, u"'2021-01-01T00:00:00'"_s);
    row("phone-like", u"+49 30 1234"_s, u"+49 30 1234"_s);
    row("star", u"*bold*"_s, u"'*bold*'"_s);
    row("ampersand", u"&anchor"_s, u"'&anchor'"_s);
    row("bang", u"!tag"_s, u"'!tag'"_s);
    row("bracket", u"[Berlin](city)"_s, u"'[Berlin](city)'"_s);
    row("brace", u"{a}"_s, u"'{a}'"_s);
    row("percent", u"%TAG"_s, u"'%TAG'"_s);
    row("at", u"@user"_s, u"'@user'"_s);
    row("backtick", u"`code`"_s, u"'`code`'"_s);
    row("dash space", u"- item"_s, u"'- item'"_s);
    row("dash alone", u"-"_s, u"'-'"_s);
    row("dash word", u"-foo"_s, u"-foo"_s);
    row("question", u"? key"_s, u"'? key'"_s);
    row("colon start", u":x"_s, u":x"_s);
    row("document start", u"---"_s, u"'---'"_s);
    row("pipe", u"|"_s, u"'|'"_s);
    row("quote inside", u"it's: fine"_s, u"'it''s: fine'"_s);
    row("leading space", u" padded"_s, u"' padded'"_s);
    row("trailing space", u"padded "_s, u"'padded '"_s);
    row("unicode", u"Grüße, 東京"_s, u"Grüße, 東京"_s);
    row("emoji", u"hi 😀"_s, u"hi 😀"_s);
    row("newline", u"a\nb"_s, u"\"a\\nb\""_s);
    row("tab", u"a\tb"_s, u"\"a\\tb\""_s);
    row("bell", u"a\u0007b"_s, u"\"a\\x07b\""_s);
    row("bom", u"\uFEFFx"_s, u"\"\\ufeffx\""_s);
    row("double quote first", u"\"quoted\""_s, u"'\"quoted\"'"_s);
    row("merge key", u"<<"_s, u"'<<'"_s);
    row("equals", u"="_s, u"'='"_s);
}

void TestYamlEmitter::scalarStyle()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(YamlEmitter::scalar(text), expected);
}

void TestYamlEmitter::addTrickyStrings()
{
    QTest::addColumn<QString>("text");
    const QStringList texts{
        u"yes"_s,
        u"No"_s,
        u"on"_s,
        u"Off"_s,
        u"true"_s,
        u"FALSE"_s,
        u"null"_s,
        u"~"_s,
        QString(),
        u"12"_s,
        u"-1.5"_s,
        u"1e-05"_s,
        u".5"_s,
        u"0o17"_s,
        u"0x1f"_s,
        u"1_000"_s,
        u".inf"_s,
        u"-.INF"_s,
        u".nan"_s,
        u"2001-12-14t21:59:43.10-05:00"_s,
        u"2021-1-1 1:00:00"_s,
        u"* star"_s,
        u"& amp"_s,
        u"! bang"_s,
        u"[list]"_s,
        u"{map}"_s,
        u"% percent"_s,
        u"@at"_s,
        u"`tick`"_s,
        u"- dash"_s,
        u"-"_s,
        u"?"_s,
        u"? q"_s,
        u":"_s,
        u": c"_s,
        u"a: b"_s,
        u"a #b"_s,
        u"a:"_s,
        u"#comment"_s,
        u" lead"_s,
        u"trail "_s,
        u"  "_s,
        u"it's"_s,
        u"'quoted'"_s,
        u"\"dq\""_s,
        u"back\\slash"_s,
        u"a\nb"_s,
        u"a\tb"_s,
        u"\r\n"_s,
        u"\u0000nul"_s,
        u"\u0085nel"_s,
        u"\u2028ls"_s,
        u"bom\uFEFF"_s,
        u"Grüße"_s,
        u"😀 emoji"_s,
        u"---"_s,
        u"..."_s,
        u"--- x"_s,
        u"a, b"_s,
        u"a,b"_s,
        u"|"_s,
        u">"_s,
        u"="_s,
        u"<<"_s,
        u"very sad: \"really\" #bad"_s,
        u"book a table for [4]{\"entity\": \"number\"}"_s,
        u"/greet"_s,
        u"/inform{\"a\": 1}"_s,
        u"utter_greet"_s,
        u"3.1"_s,
        u"3.1.0"_s,
        u"0"_s,
        u"+"_s,
        u"+1"_s,
        u"1:20:30"_s,
    };
    for (const QString &text : texts)
        QTest::newRow(qPrintable(QString::fromLatin1(text.toUtf8().toPercentEncoding()))) << text;
}

void TestYamlEmitter::scalarRoundTrips_data()
{
    addTrickyStrings();
}

void TestYamlEmitter::scalarRoundTrips()
{
    QFETCH(QString, text);
    // As a value, as a key, and as a sequence item.
    const QString asValue = u"key: "_s + YamlEmitter::scalar(text) + u'\n';
    Result<QJsonValue> parsed = parseYaml(asValue.toUtf8());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString() + u" in "_s + asValue));
    QCOMPARE(parsed->toObject().value("key"_L1), QJsonValue(text));

    const QString asKey = YamlEmitter::scalar(text) + u": 1\n"_s;
    parsed = parseYaml(asKey.toUtf8());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString() + u" in "_s + asKey));
    QVERIFY2(parsed->toObject().contains(text), qPrintable(asKey));

    const QString asItem = u"- "_s + YamlEmitter::scalar(text) + u'\n';
    parsed = parseYaml(asItem.toUtf8());
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->toArray().at(0), QJsonValue(text));
}

namespace {

//! Leaves digits on the stack where the next call's locals will be.
Q_NEVER_INLINE void dirtyStack()
{
    volatile char junk[4096];
    for (std::size_t i = 0; i < sizeof junk; ++i)
        junk[i] = '7';
}

Q_NEVER_INLINE QString numberAfterDirtyStack(double value)
{
    dirtyStack();
    return YamlEmitter::number(value);
}

} // namespace

void TestYamlEmitter::numbersIgnoreStackGarbage()
{
    // The exponent was once read past the end of the formatted digits, so
    // leftover stack bytes could turn 12.5 into 1.25e+0177... at random.
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(numberAfterDirtyStack(12.5), u"12.5"_s);
        QCOMPARE(numberAfterDirtyStack(0.0001), u"0.0001"_s);
        QCOMPARE(numberAfterDirtyStack(1e-5), u"1.0e-05"_s);
    }
}

void TestYamlEmitter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("asFloat");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int") << 4.0 << false << u"4"_s;
    QTest::newRow("float slot") << 4.0 << true << u"4.0"_s;
    QTest::newRow("fraction") << 0.5 << false << u"0.5"_s;
    QTest::newRow("negative") << -3.0 << false << u"-3"_s;
    QTest::newRow("small") << 1e-05 << true << u"1.0e-05"_s;
    QTest::newRow("large float") << 1e16 << true << u"1.0e+16"_s;
    QTest::newRow("tenth") << 0.1 << false << u"0.1"_s;
    QTest::newRow("shortest repr") << 0.30000000000000004 << false << u"0.30000000000000004"_s;
    QTest::newRow("large fixed") << 123456789012345.6 << false << u"123456789012345.6"_s;
    QTest::newRow("small fixed") << 0.00012 << false << u"0.00012"_s;
    QTest::newRow("negative small") << -2.5e-7 << false << u"-2.5e-07"_s;
    QTest::newRow("hundred thousand") << 100000.0 << true << u"100000.0"_s;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false << u".inf"_s;
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << true << u"-.inf"_s;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false << u".nan"_s;
}

void TestYamlEmitter::numbers()
{
    QFETCH(double, value);
    QFETCH(bool, asFloat);
    QFETCH(QString, expected);
    const QString text =
        YamlEmitter::number(value, asFloat ? NumberStyle::Float : NumberStyle::Auto);
    QCOMPARE(text, expected);
    Result<QJsonValue> parsed = parseYaml((u"v: "_s + text).toUtf8());
    QVERIFY(parsed.isOk());
    const double back = parsed->toObject().value("v"_L1).toDouble();
    if (std::isnan(value))
        QVERIFY(std::isnan(back));
    else
        QCOMPARE(back, value);
}

void TestYamlEmitter::literalBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("strip") << u"Hello"_s << u"user: |-\n  Hello\n"_s;
    QTest::newRow("clip") << u"- hey\n- hello\n"_s << u"user: |\n  - hey\n  - hello\n"_s;
    QTest::newRow("keep") << u"a\n\n"_s << u"user: |+\n  a\n\n"_s;
    QTest::newRow("inner blank") << u"a\n\nb"_s << u"user: |-\n  a\n\n  b\n"_s;
    QTest::newRow("leading space")
        << u"  indented\nnext"_s << u"user: |2-\n    indented\n  next\n"_s;
    QTest::newRow("quotes and hash")
        << u"very sad: \"really\" #bad"_s << u"user: |-\n  very sad: \"really\" #bad\n"_s;
}

void TestYamlEmitter::literalBlocks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    YamlNode node = YamlNode::mapping();
    node.insert(u"user"_s, YamlNode::string(text, YamlNode::StringStyle::Literal));
    const QString yaml = node.toYaml();
    QCOMPARE(yaml, expected);
    Result<QJsonValue> parsed = parseYaml(yaml.toUtf8());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->toObject().value("user"_L1).toString(), text);
}

void TestYamlEmitter::nestedLayoutMatchesRasa()
{
    YamlNode steps = YamlNode::sequence();
    steps.append(YamlNode::mapping().insert(u"intent"_s, YamlNode::string(u"greet"_s)));
    YamlNode slot = YamlNode::mapping();
    slot.insert(u"preferences"_s,
                YamlNode::sequence({YamlNode::string(u"quiet"_s), YamlNode::string(u"window"_s)}));
    steps.append(YamlNode::mapping().insert(u"slot_was_set"_s, YamlNode::sequence({slot})));
    YamlNode user = YamlNode::mapping();
    user.insert(u"intent"_s, YamlNode::string(u"greet"_s));
    user.insert(u"user"_s,
                YamlNode::string(u"hi, I'm [Anna](name)"_s, YamlNode::StringStyle::Literal));
    steps.append(user);
    YamlNode story = YamlNode::mapping();
    story.insert(u"story"_s, YamlNode::string(u"interactive_story_1"_s));
    story.insert(u"steps"_s, steps);
    YamlNode root = YamlNode::mapping();
    root.insert(u"version"_s, YamlNode::raw(u"\"3.1\""_s));
    root.insert(u"stories"_s, YamlNode::sequence({story}));
    QCOMPARE(root.toYaml(),
             u"version: \"3.1\"\n"
             "stories:\n"
             "- story: interactive_story_1\n"
             "  steps:\n"
             "  - intent: greet\n"
             "  - slot_was_set:\n"
             "    - preferences:\n"
             "      - quiet\n"
             "      - window\n"
             "  - intent: greet\n"
             "    user: |-\n"
             "      hi, I'm [Anna](name)\n"_s);
}

void TestYamlEmitter::jsonRoundTrips_data()
{
    QTest::addColumn<QJsonValue>("value");
    QJsonObject nested{
        {u"yes"_s, u"no"_s},
        {u"list"_s, QJsonArray{1, 2.5, u"3"_s, QJsonValue(), true}},
        {u"map"_s, QJsonObject{{u"inner"_s, QJsonArray{QJsonArray{u"a"_s, u"b"_s}}}}},
        {u"multi"_s, u"line one\nline two\n"_s},
        {u"empty list"_s, QJsonArray()},
        {u"empty map"_s, QJsonObject()}};
    QTest::newRow("nested") << QJsonValue(nested);
    QTest::newRow("list of lists") << QJsonValue(QJsonArray{QJsonArray{1, 2}, QJsonArray{}});
    QTest::newRow("list of maps") << QJsonValue(
        QJsonArray{QJsonObject{{u"a"_s, 1}, {u"b"_s, QJsonObject{{u"c"_s, u": x"_s}}}}});
    QTest::newRow("string") << QJsonValue(u"on"_s);
    QTest::newRow("multi-line item") << QJsonValue(QJsonArray{u"  two\nlines"_s, u"\r\n"_s});
}

void TestYamlEmitter::jsonRoundTrips()
{
    QFETCH(QJsonValue, value);
    const QString yaml = YamlNode::fromJson(value).toYaml();
    Result<QJsonValue> parsed = parseYaml(yaml.toUtf8());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString() + u"\n"_s + yaml));
    QCOMPARE(*parsed, value);
}

void TestYamlEmitter::emptyCollections()
{
    YamlNode root = YamlNode::mapping();
    root.insert(u"a"_s, YamlNode::sequence());
    root.insert(u"b"_s, YamlNode::mapping());
    root.insert(u"c"_s, YamlNode());
    QCOMPARE(root.toYaml(), u"a: []\nb: {}\nc: null\n"_s);
}

QTEST_GUILESS_MAIN(TestYamlEmitter)
#include "tst_yamlemitter.moc"
