#include "export/nlureader.h"
#include "testsupport/testdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Coach::NluFormat>)

class TestNluReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles_data();
    void readsRealFiles();
    void guessesFormat_data();
    void guessesFormat();
    void readsYamlSections();
    void readsMarkdownSections();
    void readsJson();
    void reportsErrors_data();
    void reportsErrors();
    void survivesDamagedFiles();
};

void TestNluReader::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("examples");
    QTest::newRow("moodbot yml") << u"rasa/examples/moodbot/data/nlu.yml"_s << 67;
    QTest::newRow("moodbot md") << u"rasa/examples/moodbot/data/nlu.md"_s << -1;
    QTest::newRow("formbot yml") << u"rasa/examples/formbot/data/nlu.yml"_s << -1;
}

void TestNluReader::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, examples);
    Result<NluData> nlu = NluReader::readFile(TestSupport::dataPath(file));
    QVERIFY2(nlu.isOk(), qPrintable(nlu.error().toString()));
    QVERIFY(!nlu->examples.isEmpty());
    if (examples >= 0)
        QCOMPARE(nlu->examples.size(), examples);
    for (const TrainingExample &example : nlu->examples) {
        QVERIFY(!example.intent.isEmpty());
        QVERIFY(!example.text.contains(u'[')); // markup removed
    }
}

void TestNluReader::guessesFormat_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<std::optional<NluFormat>>("format");
    QTest::newRow("json") << QByteArray("{\"rasa_nlu_data\": {}}")
                          << std::optional(NluFormat::Json);
    QTest::newRow("other json") << QByteArray("{\"a\": 1}") << std::optional<NluFormat>();
    QTest::newRow("yaml nlu") << QByteArray("version: '3.1'\nnlu: []\n")
                              << std::optional(NluFormat::Yaml);
    QTest::newRow("yaml responses")
        << QByteArray("responses: {}\n") << std::optional(NluFormat::Yaml);
    QTest::newRow("yaml stories") << QByteArray("stories: []\n") << std::optional<NluFormat>();
    QTest::newRow("markdown") << QByteArray("<!-- x -->\n## intent:greet\n- hi\n")
                              << std::optional(NluFormat::Markdown);
    QTest::newRow("empty") << QByteArray("  \n") << std::optional<NluFormat>();
}

void TestNluReader::guessesFormat()
{
    QFETCH(QByteArray, content);
    QFETCH(std::optional<NluFormat>, format);
    QCOMPARE(NluReader::guessFormat(content), format);
}

void TestNluReader::readsYamlSections()
{
    const QByteArray yaml =
        "version: \"3.1\"\nnlu:\n- intent: greet\n  metadata: {sentiment: neutral}\n"
        "  examples: |\n    - hi [Sara](name)\n    not an item\n    - hello\n"
        "- intent: inform\n  examples:\n  - text: 'I live in [Berlin]{\"entity\": \"city\", "
        "\"role\": \"home\"}'\n"
        "    metadata: {a: 1}\n- synonym: New York City\n  examples: |\n    - NYC\n"
        "- regex: zipcode\n  examples: |\n    - '[0-9]{5}'\n- lookup: city\n  examples: |\n"
        "    - Berlin\nresponses:\n  utter_faq/ask_name:\n  - text: Sara\n";
    Result<NluData> nlu = NluReader::readYaml(yaml);
    QVERIFY2(nlu.isOk(), qPrintable(nlu.error().toString()));
    QCOMPARE(nlu->examples.size(), 3);
    QCOMPARE(nlu->examples.at(0).annotatedText(), u"hi [Sara](name)"_s);
    QCOMPARE(nlu->examples.at(1).text, u"hello"_s);
    QCOMPARE(nlu->examples.at(2).entities.first().role(), u"home"_s);
    QCOMPARE(nlu->examples.at(2).metadata.value("a"_L1).toInt(), 1);
    QCOMPARE(nlu->intentMetadata.value(u"greet"_s).value("sentiment"_L1).toString(), u"neutral"_s);
    QCOMPARE(nlu->synonyms.first().synonyms, QStringList{u"NYC"_s});
    QCOMPARE(nlu->regexes.first().patterns, QStringList{u"'[0-9]{5}'"_s});
    QCOMPARE(nlu->lookups.first().elements, QStringList{u"Berlin"_s});
    QVERIFY(nlu->responses.contains("utter_faq/ask_name"_L1));
}

void TestNluReader::readsMarkdownSections()
{
    const QByteArray markdown =
        "## intent:greet\n- hey\n* hello [Sara](name)\n<!-- comment\n- not an example -->\n\n"
        "## synonym:New York City\n- NYC\n- nyc\n\n## regex:zipcode\n- [0-9]{5}\n\n"
        "## lookup:city\n- Berlin\n\n## lookup:countries\n  data/lookups/countries.txt\n";
    Result<NluData> nlu = NluReader::readMarkdown(markdown);
    QVERIFY2(nlu.isOk(), qPrintable(nlu.error().toString()));
    QCOMPARE(nlu->examples.size(), 2);
    QCOMPARE(nlu->examples.at(1).entities.first().type(), u"name"_s);
    QCOMPARE(nlu->synonyms.first().synonyms, (QStringList{u"NYC"_s, u"nyc"_s}));
    QCOMPARE(nlu->regexes.first().patterns, QStringList{u"[0-9]{5}"_s});
    QCOMPARE(nlu->lookups.size(), 2);
    QCOMPARE(nlu->lookups.at(1).file, u"data/lookups/countries.txt"_s);
}

void TestNluReader::readsJson()
{
    const QByteArray json = R"({"rasa_nlu_data": {"common_examples": [
        {"text": "in Berlin", "intent": "inform", "entities": [{"start": 3, "end": 9, "value": "Berlin", "entity": "city"}]}],
        "regex_features": [{"name": "zip", "pattern": "[0-9]{5}"}],
        "lookup_tables": [{"name": "city", "elements": ["Rome"]}, {"name": "c", "elements": "c.txt"}],
        "entity_synonyms": [{"value": "NYC", "synonyms": ["New York"]}], "extra": 1}})";
    Result<NluData> nlu = NluReader::readJson(json);
    QVERIFY2(nlu.isOk(), qPrintable(nlu.error().toString()));
    QCOMPARE(nlu->examples.first().annotatedText(), u"in [Berlin](city)"_s);
    QCOMPARE(nlu->regexes.first().name, u"zip"_s);
    QCOMPARE(nlu->lookups.at(1).file, u"c.txt"_s);
    QCOMPARE(nlu->synonyms.first().value, u"NYC"_s);
    QCOMPARE(nlu->extraJson.value("extra"_L1).toInt(), 1);
}

void TestNluReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("yaml syntax") << QByteArray("nlu: [\n") << int(NluFormat::Yaml) << u"line"_s;
    QTest::newRow("yaml list") << QByteArray("- a\n") << int(NluFormat::Yaml) << u"mapping"_s;
    QTest::newRow("nlu not a list") << QByteArray("nlu: 3\n") << int(NluFormat::Yaml) << u"list"_s;
    QTest::newRow("bad annotation")
        << QByteArray("nlu:\n- intent: a\n  examples: |\n    - [x]{\"entity\": 2}\n")
        << int(NluFormat::Yaml) << u"item 1"_s;
    QTest::newRow("markdown section")
        << QByteArray("## intent:a\n- x\n## story:b\n") << int(NluFormat::Markdown) << u"line 3"_s;
    QTest::newRow("markdown item first")
        << QByteArray("- x\n") << int(NluFormat::Markdown) << u"line 1"_s;
    QTest::newRow("json syntax") << QByteArray("{\"rasa_nlu_data\": [") << int(NluFormat::Json)
                                 << u"offset"_s;
    QTest::newRow("json shape") << QByteArray("{\"x\": 1}") << int(NluFormat::Json)
                                << u"rasa_nlu_data"_s;
    QTest::newRow("json example") << QByteArray(
        "{\"rasa_nlu_data\": {\"common_examples\": [{\"intent\": \"a\"}]}}")
                                  << int(NluFormat::Json) << u"example 1"_s;
}

void TestNluReader::reportsErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QFETCH(QString, mentions);
    Result<NluData> nlu = NluReader::read(content, NluFormat(format), u"nlu.file"_s);
    QVERIFY(!nlu.isOk());
    QVERIFY2(nlu.error().toString().contains(mentions), qPrintable(nlu.error().toString()));
    QVERIFY2(nlu.error().toString().contains("nlu.file"_L1), qPrintable(nlu.error().toString()));
}

void TestNluReader::survivesDamagedFiles()
{
    QRandomGenerator random(11);
    for (const QString &file :
         {u"rasa/examples/formbot/data/nlu.yml"_s, u"rasa/examples/moodbot/data/nlu.md"_s}) {
        const QByteArray original = TestSupport::readFile(TestSupport::dataPath(file));
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original.left(random.bounded(original.size() + 1));
            for (int flip = 0; flip < round % 5 && !damaged.isEmpty(); ++flip)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            for (const NluFormat format : {NluFormat::Yaml, NluFormat::Markdown, NluFormat::Json}) {
                Result<NluData> read = NluReader::read(damaged, format);
                QVERIFY(read.isOk() || !read.error().message.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestNluReader)
#include "tst_nlureader.moc"
