#include "export/nluwriter.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

TrainingExample example(const QString &annotated, const QString &intent)
{
    return TrainingExample::fromAnnotated(annotated, intent).value();
}

NluData sample()
{
    NluData data;
    data.examples = {example(u"hey"_s, u"greet"_s),
                     example(u"I live in [Berlin](city)"_s, u"inform"_s),
                     example(u"hello there [Sara](name)"_s, u"greet"_s)};
    data.synonyms = {{u"New York City"_s, {u"NYC"_s, u"nyc"_s}}, {u"Berlin"_s, {u"BER"_s}}};
    data.regexes = {{u"zipcode"_s, {u"[0-9]{5}"_s}}};
    data.lookups = {{u"city"_s, {u"Berlin"_s}, {}},
                    {u"countries"_s, {}, u"data/lookups/countries.txt"_s}};
    return data;
}

} // namespace

class TestNluWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRasaYaml();
    void writesObjectFormWhenNeeded();
    void writesRasaMarkdown();
    void writesRasaJson();
    void emptyDataIsAnEmptyFile();
    void roundTrips_data();
    void roundTrips();
};

void TestNluWriter::writesRasaYaml()
{
    NluData data = sample();
    data.intentMetadata.insert(u"inform"_s, QJsonObject{{u"sentiment"_s, u"neutral"_s}});
    data.responses =
        QJsonObject{{u"utter_faq/ask_name"_s, QJsonArray{QJsonObject{{u"text"_s, u"Sara"_s}}}}};
    QCOMPARE(NluWriter::renderYaml(data, u"3.1"_s),
             u"version: \"3.1\"\nnlu:\n- intent: greet\n  examples: |\n    - hey\n    - hello "
             u"there [Sara](name)\n"
             "- intent: inform\n  metadata:\n    sentiment: neutral\n  examples: |\n    - I live "
             "in [Berlin](city)\n"
             "- synonym: New York City\n  examples: |\n    - NYC\n    - nyc\n- synonym: Berlin\n  "
             "examples: |\n"
             "    - BER\n- regex: zipcode\n  examples: |\n    - [0-9]{5}\n- lookup: city\n  "
             "examples: |\n"
             "    - Berlin\nresponses:\n  utter_faq/ask_name:\n  - text: Sara\n"_s);
}

void TestNluWriter::writesObjectFormWhenNeeded()
{
    NluData data;
    TrainingExample tagged = example(u"hi"_s, u"greet"_s);
    tagged.metadata = QJsonObject{{u"source"_s, u"chat"_s}};
    data.examples = {tagged, example(u"two\tcolumns"_s, u"greet"_s),
                     example(u"plain"_s, u"other"_s)};
    const QString yaml = NluWriter::renderYaml(data, u"2.0"_s);
    QCOMPARE(
        yaml,
        u"version: \"2.0\"\nnlu:\n- intent: greet\n  examples:\n  - text: hi\n    metadata:\n"
        "      source: chat\n  - text: \"two\\tcolumns\"\n- intent: other\n  examples: |\n    - plain\n"_s);
    Result<NluData> back = NluReader::readYaml(yaml.toUtf8());
    QVERIFY(back.isOk());
    QCOMPARE(back->examples.at(1).text, u"two\tcolumns"_s);
    QCOMPARE(back->examples.at(0).metadata, tagged.metadata);
}

void TestNluWriter::writesRasaMarkdown()
{
    NluData data = sample();
    data.examples.append(example(u"line\nbreak"_s, u"inform"_s));
    data.synonyms.append({u"Berlin"_s, {u"Bärlin"_s}});
    QCOMPARE(NluWriter::renderMarkdown(data),
             u"## intent:greet\n- hey\n- hello there [Sara](name)\n\n## intent:inform\n- I live in "
             u"[Berlin](city)\n"
             "- line\\nbreak\n\n## synonym:Berlin\n- BER\n- Bärlin\n\n## synonym:New York City\n- "
             "NYC\n- nyc\n\n"
             "## regex:zipcode\n- [0-9]{5}\n\n## lookup:city\n- Berlin\n\n## lookup:countries\n"
             "  data/lookups/countries.txt\n"_s);
}

void TestNluWriter::writesRasaJson()
{
    NluData data;
    TrainingExample withRole =
        example(u"from [Berlin]{\"entity\": \"city\", \"role\": \"from\"}"_s, u"inform"_s);
    QJsonObject entity = withRole.entities.first().toJson();
    entity.insert("extractor"_L1, u"DIETClassifier"_s); // not training data: left out
    withRole.entities = {Entity(entity)};
    data.examples = {withRole, example(u"Grüße"_s, u"greet"_s)};
    data.regexes = {{u"zip"_s, {u"[0-9]{5}"_s}}};
    QCOMPARE(NluWriter::renderJson(data),
             u"{\n  \"rasa_nlu_data\": {\n    \"common_examples\": [\n      {\n        \"text\": "
             u"\"from Berlin\",\n"
             "        \"intent\": \"inform\",\n        \"entities\": [\n          {\n            "
             "\"start\": 5,\n"
             "            \"end\": 11,\n            \"value\": \"Berlin\",\n            "
             "\"entity\": \"city\",\n"
             "            \"role\": \"from\"\n          }\n        ]\n      },\n      {\n        "
             "\"text\": \"Grüße\",\n"
             "        \"intent\": \"greet\"\n      }\n    ],\n    \"regex_features\": [\n      {\n"
             "        \"name\": \"zip\",\n        \"pattern\": \"[0-9]{5}\"\n      }\n    ],\n"
             "    \"lookup_tables\": [],\n    \"entity_synonyms\": []\n  }\n}\n"_s);
}

void TestNluWriter::emptyDataIsAnEmptyFile()
{
    for (const NluFormat format : {NluFormat::Yaml, NluFormat::Markdown, NluFormat::Json})
        QVERIFY(NluWriter::render(NluData(), format).isEmpty());
}

void TestNluWriter::roundTrips_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    for (const NluFormat format : {NluFormat::Yaml, NluFormat::Markdown, NluFormat::Json}) {
        const QString suffix = format == NluFormat::Yaml ? u" as yaml"_s
            : format == NluFormat::Markdown              ? u" as md"_s
                                                         : u" as json"_s;
        QTest::newRow(qPrintable(u"moodbot nlu.yml"_s + suffix))
            << u"rasa/examples/moodbot/data/nlu.yml"_s << int(format);
        QTest::newRow(qPrintable(u"moodbot nlu.md"_s + suffix))
            << u"rasa/examples/moodbot/data/nlu.md"_s << int(format);
        QTest::newRow(qPrintable(u"formbot nlu.yml"_s + suffix))
            << u"rasa/examples/formbot/data/nlu.yml"_s << int(format);
    }
}

void TestNluWriter::roundTrips()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    Result<NluData> read = NluReader::readFile(TestSupport::dataPath(file));
    QVERIFY(read.isOk());
    const QString written = NluWriter::render(*read, NluFormat(format));
    Result<NluData> again = NluReader::read(written.toUtf8(), NluFormat(format));
    QVERIFY2(again.isOk(), qPrintable(again.error().toString()));
    QCOMPARE(NluWriter::render(*again, NluFormat(format)), written);
    QCOMPARE(again->examples.size(), read->examples.size());
    for (qsizetype i = 0; i < read->examples.size(); ++i)
        QCOMPARE(again->examples.at(i).key(), read->examples.at(i).key());
}

QTEST_GUILESS_MAIN(TestNluWriter)
#include "tst_nluwriter.moc"
