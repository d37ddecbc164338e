#include "model/yamltree.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! Everything a reader can ask of a node, as text. Nulls have no position
//! from the scanner (yaml-cpp's is only used in error messages).
QString dump(const YamlTree::Node &node)
{
    const QString at = u"@%1:%2 "_s.arg(node.line()).arg(node.column());
    switch (node.kind()) {
    case YamlTree::Kind::Undefined:
        return u"undefined"_s;
    case YamlTree::Kind::Null:
        return u"null"_s;
    case YamlTree::Kind::Scalar:
        return at + u'\'' + node.scalar() + u"' "_s
            + QString::fromUtf8(
                   QJsonDocument(QJsonArray{node.toJson()}).toJson(QJsonDocument::Compact));
    case YamlTree::Kind::Sequence: {
        QStringList items;
        for (const YamlTree::Node &item : node)
            items.append(dump(item));
        return at + u'[' + items.join(u", "_s) + u']';
    }
    case YamlTree::Kind::Map: {
        QStringList pairs;
        for (int i = 0; i < node.size(); ++i)
            pairs.append(dump(node.keyAt(i)) + u": "_s + dump(node.valueAt(i)));
        return at + u'{' + pairs.join(u", "_s) + u'}';
    }
    }
    return {};
}

//! The scanner, where it takes the text, must read what yaml-cpp reads.
//! Returns whether the scanner took it.
bool scannerAgrees(const QByteArray &text, QString *difference)
{
    const YamlTree fast = YamlTree::parse(text);
    if (fast.source() != YamlTree::Source::Scanner)
        return false;
    const YamlTree reference = YamlTree::parse(text, YamlTree::Source::YamlCpp);
    if (!reference.isValid()) {
        *difference = u"yaml-cpp rejects what the scanner took: "_s + reference.errorMessage();
        return true;
    }
    const QString a = dump(fast.root());
    const QString b = dump(reference.root());
    if (a != b) {
        qsizetype at = 0;
        while (at < a.size() && at < b.size() && a.at(at) == b.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 120);
        *difference = u"scanner:  …%1\nyaml-cpp: …%2"_s.arg(a.mid(from, 200), b.mid(from, 200));
    }
    return true;
}

QStringList yamlFixtures()
{
    return TestSupport::dataFiles(u""_s, {u"*.yml"_s, u"*.yaml"_s});
}

} // namespace

class TestYamlTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSnippets_data();
    void readsSnippets();
    void readsEveryFixtureAsYamlCppDoes();
    void takesTrainingDataFiles_data();
    void takesTrainingDataFiles();
    void agreesOnDamagedFiles();
    void looksUpKeysAndValues();
    void reportsSyntaxErrors();
};

void TestYamlTree::readsSnippets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("scanned");
    QTest::newRow("story") << QByteArray("stories:\n- story: a\n  steps:\n  - intent: greet\n"
                                         "  - action: utter_hi\n")
                           << true;
    QTest::newRow("indented sequence") << QByteArray("a:\n  - x\n  - y\nb: z\n") << true;
    QTest::newRow("comments and blanks")
        << QByteArray("# top\n\na: 1 # one\n   # inner\nb: x#y\n") << true;
    QTest::newRow("crlf") << QByteArray("a: 1\r\nb:\r\n- c\r\n") << true;
    QTest::newRow("quoted") << QByteArray("a: 'it''s'\nb: \"x: y # z\"\n'c d': ''\n\"e\": \"\"\n")
                            << true;
    QTest::newRow("plain scalar kinds")
        << QByteArray("a: 012\nb: 1.5e3\nc: yes\nd: true\ne: .inf\nf: -7\ng: 0x1F\nh: -x\n")
        << true;
    QTest::newRow("sequence after map") << QByteArray("a: 1\n- x\n") << false;
    QTest::newRow("null values") << QByteArray("a:\nb: ~\nc: null\nd: 'null'\ne: NULL\nf: Null\n")
                                 << true;
    QTest::newRow("empty items") << QByteArray("-\n- \n-   # c\n-\n  a: b\n") << true;
    QTest::newRow("text with brackets")
        << QByteArray("- user: I am [Anna](name), {ok}? 50% @home\n") << true;
    QTest::newRow("unicode") << QByteArray(
        "- user: \xc3\xa9t\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\n")
                             << true;
    QTest::newRow("key with spaces") << QByteArray("a b  : c\n") << true;
    QTest::newRow("duplicate keys") << QByteArray("a: 1\na: 2\nb: 3\n") << true;
    QTest::newRow("deeper map in sequence")
        << QByteArray("-   a: 1\n    b:\n      - c\n-  d\n") << true;
    QTest::newRow("empty") << QByteArray("") << true;
    QTest::newRow("only comments") << QByteArray("# nothing\n\n") << true;
    QTest::newRow("flow sequence") << QByteArray("a: [1, 2]\n") << false;
    QTest::newRow("flow map") << QByteArray("a: {b: 1}\n") << false;
    QTest::newRow("anchor and alias") << QByteArray("a: &x 1\nb: *x\n") << false;
    QTest::newRow("tag") << QByteArray("a: !!str 1\n") << false;
    QTest::newRow("literal") << QByteArray("a: |\n  text\n   more\n\n  # not a comment\nb: x\n")
                             << true;
    QTest::newRow("literal, strip")
        << QByteArray("- user: |-\n    hi: \"there\" #x\n\n  next: 1\n") << true;
    QTest::newRow("literal in sequence") << QByteArray("- |-\n  a\n\n\n  b\n\n- c\n") << true;
    QTest::newRow("literal, keep") << QByteArray("a: |+\n  text\n") << false;
    QTest::newRow("literal, indentation") << QByteArray("a: |2\n   text\n") << false;
    QTest::newRow("literal, leading empty line") << QByteArray("a: |\n\n  text\n") << false;
    QTest::newRow("empty literal") << QByteArray("a: |\nb: c\n") << false;
    QTest::newRow("folded") << QByteArray("a: >\n  text\n") << false;
    QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\n") << false;
    QTest::newRow("multi-line quoted") << QByteArray("a: 'one\n  two'\n") << false;
    QTest::newRow("escape") << QByteArray("a: \"x\\ty\"\n") << false;
    QTest::newRow("tab") << QByteArray("a:\tb\n") << false;
    QTest::newRow("document marker") << QByteArray("---\na: b\n") << false;
    QTest::newRow("directive") << QByteArray("%YAML 1.2\n---\na: b\n") << false;
    QTest::newRow("nested compact sequence") << QByteArray("- - a\n") << false;
    QTest::newRow("merge key") << QByteArray("a: 1\n<<: b\n") << false;
    QTest::newRow("top-level scalar") << QByteArray("hello\n") << false;
    QTest::newRow("bad indentation") << QByteArray("a: 1\n  b: 2\n") << false;
    QTest::newRow("mapping in value") << QByteArray("a: b: c\n") << false;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf"
                                                   "a: b\n")
                                     << false;
    QTest::newRow("invalid utf-8") << QByteArray("a: \xff\n") << false;
    QTest::newRow("lone cr") << QByteArray("a: b\rc: d\n") << false;
}

void TestYamlTree::readsSnippets()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, scanned);
    QString difference;
    QCOMPARE(scannerAgrees(text, &difference), scanned);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    if (!scanned) // then yaml-cpp reads it as YAML::Load does, or fails
        QCOMPARE(YamlTree::parse(text).source(), YamlTree::Source::YamlCpp);
}

void TestYamlTree::readsEveryFixtureAsYamlCppDoes()
{
    int scanned = 0;
    for (const QString &file : yamlFixtures()) {
        QString difference;
        scanned += scannerAgrees(TestSupport::readFile(TestSupport::dataPath(file)), &difference);
        QVERIFY2(difference.isEmpty(), qPrintable(file + u'\n' + difference));
    }
    QVERIFY2(scanned > yamlFixtures().size() / 2, qPrintable(QString::number(scanned)));
}

void TestYamlTree::takesTrainingDataFiles_data()
{
    // The files that made the scanner worth having: stories and rules as
    // Rasa's examples and Rasa Coach write them.
    QTest::addColumn<QString>("file");
    QTest::newRow("synthetic") << u"graph/synthetic_100_stories.yml"_s;
    QTest::newRow("moodbot stories") << u"rasa/examples/moodbot/data/stories.yml"_s;
    QTest::newRow("moodbot rules") << u"rasa/examples/moodbot/data/rules.yml"_s;
    QTest::newRow("formbot stories") << u"rasa/examples/formbot/data/stories.yml"_s;
    QTest::newRow("checkpoints") << u"rasa/data/test_yaml_stories/stories.yml"_s;
    QTest::newRow("or and entities")
        << u"rasa/data/test_yaml_stories/story_with_or_and_entities.yml"_s;
    QTest::newRow("end-to-end") << u"rasa/data/test_yaml_stories/stories_hybrid_e2e.yml"_s;
    QTest::newRow("exported") << u"conformance/mood1_e2e/expected/stories.yml"_s;
}

void TestYamlTree::takesTrainingDataFiles()
{
    QFETCH(QString, file);
    QCOMPARE(YamlTree::parse(TestSupport::readFile(TestSupport::dataPath(file))).source(),
             YamlTree::Source::Scanner);
}

void TestYamlTree::agreesOnDamagedFiles()
{
    // Cut, flipped and spliced copies: where the scanner takes one, it
    // reads what yaml-cpp reads, and it never takes what yaml-cpp rejects.
    static const QByteArray inserts[] = {" ",  "\n", "- ",  ": ", "#", "'",    "\"", "  ",
                                         "\t", "[",  "&a ", "*a", "~", "\r\n", "|\n"};
    QRandomGenerator random(13);
    int scanned = 0;
    const QStringList files = yamlFixtures();
    for (int round = 0; round < 3000; ++round) {
        const QString file = files.at(random.bounded(int(files.size())));
        QByteArray text = TestSupport::readFile(TestSupport::dataPath(file));
        text = text.left(random.bounded(int(text.size()) + 1));
        for (int change = int(random.bounded(3)); change >= 0 && !text.isEmpty(); --change) {
            const int at = int(random.bounded(int(text.size())));
            if (random.bounded(2))
                text.insert(at, inserts[random.bounded(int(std::size(inserts)))]);
            else
                text.remove(at, int(random.bounded(1, 4)));
        }
        QString difference;
        scanned += scannerAgrees(text, &difference);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(file + u'\n' + difference + u'\n' + QString::fromUtf8(text)));
    }
    QVERIFY2(scanned > 300, qPrintable(QString::number(scanned))); // the scanner was exercised
}

void TestYamlTree::looksUpKeysAndValues()
{
    const YamlTree tree = YamlTree::parse("a: 1\nb:\n- x\n- 'y'\nc: null\na: 2\n");
    const YamlTree::Node root = tree.root();
    QVERIFY(root.isMap());
    QCOMPARE(root.size(), 4);
    QCOMPARE(root.value("a"_L1).scalar(), u"1"_s); // the first of two, as yaml-cpp's node[key]
    QCOMPARE(root.value("a"_L1).toJson(), QJsonValue(1));
    QCOMPARE(root.value("a"_L1).line(), 1);
    QCOMPARE(root.value("b"_L1).size(), 2);
    QCOMPARE(root.value("b"_L1).at(1).toJson(), QJsonValue(u"y"_s));
    QVERIFY(root.value("c"_L1).isNull());
    QVERIFY(!root.value("missing"_L1).isDefined());
    QVERIFY(!root.value("b"_L1).at(5).isDefined());
    QVERIFY(!root.value("missing"_L1).value("deeper"_L1).isDefined());
    QCOMPARE(root.value("missing"_L1).scalar(), QString());
    QCOMPARE(root.value("b"_L1).at(0).line(), 3);
}

void TestYamlTree::reportsSyntaxErrors()
{
    const YamlTree tree = YamlTree::parse("a: [1, 2\n");
    QVERIFY(!tree.isValid());
    QVERIFY(!tree.errorMessage().isEmpty());
    QVERIFY(!tree.root().isDefined());
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
