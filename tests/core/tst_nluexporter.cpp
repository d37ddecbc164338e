#include "export/nluexporter.h"
#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

TrainingExample example(const QString &annotated, const QString &intent)
{
    return TrainingExample::fromAnnotated(annotated, intent).value();
}

const QList<TrainingExample> &session()
{
    static const QList<TrainingExample> examples{example(u"hi, I'm [Anna](name)"_s, u"greet"_s),
                                                 example(u"hey"_s, u"greet"_s),
                                                 example(u"are you a bot?"_s, u"bot_challenge"_s)};
    return examples;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<QByteArray>)

class TestNluExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesAsText_data();
    void mergesAsText();
    void writesNothingWithoutNewExamples();
    void contentDecidesTheFormat();
    void jsonIsExtendedAsText();
    void rewritesJsonKeepingUnknownKeys();
    void refusesFilesItCannotRead();
};

void TestNluExporter::mergesAsText_data()
{
    QTest::addColumn<std::optional<QByteArray>>("existing");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("new yaml")
        << std::optional<QByteArray>() << u"nlu.yml"_s
        << QByteArray("version: \"3.1\"\nnlu:\n- intent: greet\n  examples: |\n"
                      "    - hi, I'm [Anna](name)\n    - hey\n- intent: bot_challenge\n"
                      "  examples: |\n    - are you a bot?\n");
    QTest::newRow("empty file is new")
        << std::optional<QByteArray>("\n") << u"nlu.md"_s
        << QByteArray("## intent:greet\n- hi, I'm [Anna](name)\n- hey\n\n"
                      "## intent:bot_challenge\n- are you a bot?\n");
    QTest::newRow("yaml: into the intent's block, new intent at the end")
        << std::optional<QByteArray>(
               "version: \"2.0\"\n\nnlu:  # mine\n- intent: greet\n  examples: |\n"
               "    - hey\n\n# next section\nstories:\n- story: s\n  steps:\n  - intent: greet\n")
        << u"nlu.yml"_s
        << QByteArray(
               "version: \"2.0\"\n\nnlu:  # mine\n- intent: greet\n  examples: |\n    - hey\n"
               "    - hi, I'm [Anna](name)\n- intent: bot_challenge\n  examples: |\n    - are you "
               "a bot?\n\n"
               "# next section\nstories:\n- story: s\n  steps:\n  - intent: greet\n");
    QTest::newRow("yaml: indented list, no nlu key yet")
        << std::optional<QByteArray>("responses:\n  utter_x:\n  - text: x\n") << u"data/nlu.yaml"_s
        << QByteArray(
               "responses:\n  utter_x:\n  - text: x\nnlu:\n- intent: greet\n  examples: |\n"
               "    - hi, I'm [Anna](name)\n    - hey\n- intent: bot_challenge\n  examples: |\n"
               "    - are you a bot?\n");
    QTest::newRow("markdown: into the section, new section at the end")
        << std::optional<QByteArray>("## intent:greet\n- hey\n- hello\n\n## intent:goodbye\n- bye")
        << u"nlu.md"_s
        << QByteArray("## intent:greet\n- hey\n- hello\n- hi, I'm [Anna](name)\n\n## "
                      "intent:goodbye\n- bye\n\n"
                      "## intent:bot_challenge\n- are you a bot?\n");
    QTest::newRow("markdown crlf")
        << std::optional<QByteArray>("## intent:greet\r\n- hello\r\n") << u"nlu.md"_s
        << QByteArray("## intent:greet\r\n- hello\r\n- hi, I'm [Anna](name)\r\n- hey\r\n\r\n"
                      "## intent:bot_challenge\r\n- are you a bot?\r\n");
}

void TestNluExporter::mergesAsText()
{
    QFETCH(std::optional<QByteArray>, existing);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    Result<NluFileUpdate> update = NluExporter::merge(existing, path, session(), u"3.1"_s);
    QVERIFY2(update.isOk(), qPrintable(update.error().toString()));
    QVERIFY(update->changed);
    QCOMPARE(update->content, expected);
}

void TestNluExporter::writesNothingWithoutNewExamples()
{
    const QByteArray file =
        TestSupport::readFile(TestSupport::dataPath(u"rasa/examples/moodbot/data/nlu.yml"_s));
    // "hey" is already there; the same text with extraction details too.
    QJsonObject entity = Entity::onSpan(u"name"_s, u"Anna"_s, 8, 12).toJson();
    entity.insert("confidence_entity"_L1, 0.9);
    const QList<TrainingExample> known{example(u"hey"_s, u"greet"_s)};
    Result<NluFileUpdate> update = NluExporter::merge(file, u"nlu.yml"_s, known);
    QVERIFY(update.isOk());
    QVERIFY(!update->changed);
    QCOMPARE(update->content, file);
    Result<NluFileUpdate> none = NluExporter::merge(std::nullopt, u"nlu.yml"_s, {});
    QVERIFY(none.isOk());
    QVERIFY(!none->changed);
    const TrainingExample first{u"hi, I'm Anna"_s, u"greet"_s, {Entity(entity)}, {}};
    Result<NluFileUpdate> once = NluExporter::merge(std::nullopt, u"nlu.yml"_s, {first});
    Result<NluFileUpdate> again =
        NluExporter::merge(once->content, u"nlu.yml"_s, {first, session().first()});
    QVERIFY(again.isOk());
    QVERIFY(!again->changed); // spec §9 #17: entity details do not make a new example
}

void TestNluExporter::contentDecidesTheFormat()
{
    const QByteArray json = "{\"rasa_nlu_data\": {\"common_examples\": []}}";
    Result<NluFileUpdate> update = NluExporter::merge(json, u"nlu.yml"_s, session());
    QVERIFY(update.isOk());
    QCOMPARE(update->format, NluFormat::Json);
    // Extended as text: the file's own layout stays.
    QVERIFY(update->content.startsWith("{\"rasa_nlu_data\": {\"common_examples\": [\n      {\n"));
    QVERIFY(update->content.endsWith("\n    ]}}"));
    QCOMPARE(NluReader::readJson(update->content).value().examples.size(), 3);
}

void TestNluExporter::jsonIsExtendedAsText()
{
    // Number spellings and key order Qt's JSON would change stay as written.
    const QByteArray json =
        "{\n  \"rasa_nlu_data\": {\n    \"common_examples\": [\n      {\n        \"text\": \"4 "
        "hours\",\n"
        "        \"intent\": \"inform\",\n        \"entities\": [{\"start\": 0, \"end\": 1, "
        "\"value\": 4.0, \"entity\": \"hours\"}]\n      }\n    ],\n    \"zz\": 1, \"aa\": 2\n  "
        "}\n}\n";
    Result<NluFileUpdate> update = NluExporter::merge(json, u"nlu.json"_s, session());
    QVERIFY2(update.isOk(), qPrintable(update.error().toString()));
    QCOMPARE(update->added, 3);
    const qsizetype cut = json.indexOf("      }\n    ],") + 7;
    QVERIFY(update->content.startsWith(json.left(cut)));
    QVERIFY(update->content.endsWith(json.mid(cut)));
    QVERIFY(update->content.contains("\"value\": 4.0"));
    QVERIFY(update->content.mid(cut).startsWith(",\n      {\n        \"text\": "));
}

void TestNluExporter::rewritesJsonKeepingUnknownKeys()
{
    const QByteArray json =
        R"({"rasa_nlu_data": {"common_examples": [{"text": "hey", "intent": "greet"}],
        "entity_synonyms": [{"value": "NYC", "synonyms": ["New York"]}], "custom": {"keep": true}}})";
    Result<NluFileUpdate> update = NluExporter::merge(json, u"nlu.json"_s, session());
    QVERIFY(update.isOk());
    QCOMPARE(update->added, 2);
    Result<NluData> back = NluReader::readJson(update->content);
    QVERIFY(back.isOk());
    QCOMPARE(back->examples.size(), 3);
    QCOMPARE(back->synonyms.first().value, u"NYC"_s);
    QCOMPARE(back->extraJson.value("custom"_L1).toObject().value("keep"_L1), QJsonValue(true));
}

void TestNluExporter::refusesFilesItCannotRead()
{
    for (const auto &[content, path] :
         {std::pair{QByteArray("nlu: [\n"), u"nlu.yml"_s},
          std::pair{QByteArray("{\"rasa_nlu_data\": 3}"), u"nlu.json"_s},
          std::pair{QByteArray("## intent:a\n- [x]{bad}\n"), u"nlu.md"_s},
          std::pair{QByteArray("- a list\n"), u"nlu.yml"_s}}) {
        Result<NluFileUpdate> update = NluExporter::merge(content, path, session());
        QVERIFY2(!update.isOk(), qPrintable(path));
        QVERIFY(update.error().toString().contains(path));
    }
}

QTEST_GUILESS_MAIN(TestNluExporter)
#include "tst_nluexporter.moc"
