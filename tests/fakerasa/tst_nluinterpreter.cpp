#include "fakerasa/bot.h"
#include "fakerasa/intentmessageparser.h"
#include "fakerasa/nluinterpreter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kMoodbot = QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot");
const QString kFormbot = QStringLiteral(COACH_SOURCE_DIR "/resources/examples/formbot");

QStringList rankingNames(const QJsonArray &ranking)
{
    QStringList names;
    for (const QJsonValue &entry : ranking)
        names.append(entry.toObject().value("name"_L1).toString());
    return names;
}

Domain domainFromYaml(const QByteArray &yaml)
{
    Result<Domain> domain = Domain::fromYaml(yaml);
    if (!domain)
        qFatal("bad test domain");
    return domain.value();
}

} // namespace

class TestNluInterpreter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnnotations_data();
    void parsesAnnotations();
    void exampleLinesSkipNonItems();
    void exactMatchWinsWithHighConfidence();
    void overlapPicksTheClosestIntent_data();
    void overlapPicksTheClosestIntent();
    void rankingListsEveryIntentDescending();
    void unknownTextWithoutFallbackIntent();
    void unknownTextWithFallbackIntent();
    void entitiesFromExamplesAndSynonyms_data();
    void entitiesFromExamplesAndSynonyms();
    void regexExtractorFollowsThePipeline();
    void parseKeysFollowVersionAndPipeline();
    void pipelineConfigErrors();
    void entitiesRespectWordBoundaries();
    void entityRolesAreKept();
    void numbersAreExtractedLikeDuckling();
    void intentMessages_data();
    void intentMessages();
    void rasa3RoutesUnknownIntentsToNlu();

private:
    static NluInterpreter trained(const QString &folder, const QString &version = u"3.6.2"_s);
    NluInterpreter moodbot() { return trained(kMoodbot); }
    NluInterpreter formbot(const QString &version = u"3.6.2"_s)
    {
        return trained(kFormbot, version);
    }
};

NluInterpreter TestNluInterpreter::trained(const QString &folder, const QString &version)
{
    Result<Bot> bot = Bot::load(folder);
    if (!bot)
        qFatal("%s", qPrintable(bot.error().toString()));
    NluInterpreter nlu;
    nlu.train(bot->nlu, bot->domain, bot->config, RasaVersion::fromString(version));
    return nlu;
}

void TestNluInterpreter::parsesAnnotations_data()
{
    QTest::addColumn<QString>("annotated");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("start");

    QTest::newRow("plain entity") << u"i want [thai](cuisine) food"_s << u"i want thai food"_s
                                  << u"cuisine"_s << u"thai"_s << QString() << 7;
    QTest::newRow("synonym") << u"serving [gastro pub](cuisine:gastropub)"_s
                             << u"serving gastro pub"_s << u"cuisine"_s << u"gastropub"_s
                             << QString() << 8;
    QTest::newRow("json with role")
        << u"fly to [Berlin]{\"entity\": \"city\", \"role\": \"destination\"}"_s
        << u"fly to Berlin"_s << u"city"_s << u"Berlin"_s << u"destination"_s << 7;
    QTest::newRow("brackets without markup stay text")
        << u"[note] then [x](y)"_s << u"[note] then x"_s << u"y"_s << u"x"_s << QString() << 12;
}

void TestNluInterpreter::parsesAnnotations()
{
    QFETCH(QString, annotated);
    QFETCH(QString, text);
    QFETCH(QString, entity);
    QFETCH(QString, value);
    QFETCH(QString, role);
    QFETCH(int, start);
    const NluExample example = NluTrainingData::parseExample(u"intent"_s, annotated);
    QCOMPARE(example.text, text);
    QCOMPARE(example.entities.size(), 1);
    const AnnotatedEntity &parsed = example.entities.first();
    QCOMPARE(parsed.entity, entity);
    QCOMPARE(parsed.value.toString(), value);
    QCOMPARE(parsed.role, role);
    QCOMPARE(parsed.start, start);
    QCOMPARE(example.text.mid(parsed.start, parsed.end - parsed.start), parsed.text);
}

void TestNluInterpreter::exampleLinesSkipNonItems()
{
    const QStringList lines = NluTrainingData::exampleLines(
        QJsonValue(u"- hey\n  - hello there  \nnot an item\n-\n- hi\n"_s));
    QCOMPARE(lines, (QStringList{u"hey"_s, u"hello there"_s, u"hi"_s}));
}

void TestNluInterpreter::exactMatchWinsWithHighConfidence()
{
    const NluInterpreter nlu = moodbot();
    const QJsonObject parse = nlu.parse(u"I am sad"_s);
    const QJsonObject intent = parse.value("intent"_L1).toObject();
    QCOMPARE(intent.value("name"_L1).toString(), u"mood_unhappy"_s);
    QVERIFY2(intent.value("confidence"_L1).toDouble() > 0.9,
             qPrintable(QString::number(intent.value("confidence"_L1).toDouble())));
    QCOMPARE(parse.value("text"_L1).toString(), u"I am sad"_s);
    QVERIFY(parse.value("response_selector"_L1).isObject());
    QCOMPARE(nlu.intentOf(u"HELLO"_s), u"greet"_s);
}

void TestNluInterpreter::overlapPicksTheClosestIntent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("intent");
    QTest::newRow("sad today") << u"I'm feeling sad today"_s << u"mood_unhappy"_s;
    QTest::newRow("great") << u"I am feeling great!"_s << u"mood_great"_s;
    QTest::newRow("bye") << u"ok bye then"_s << u"goodbye"_s;
    QTest::newRow("bot?") << u"are you really a bot"_s << u"bot_challenge"_s;
    QTest::newRow("hello friend") << u"hello my friend"_s << u"greet"_s;
}

void TestNluInterpreter::overlapPicksTheClosestIntent()
{
    QFETCH(QString, text);
    QFETCH(QString, intent);
    QCOMPARE(moodbot().intentOf(text), intent);
}

void TestNluInterpreter::rankingListsEveryIntentDescending()
{
    const NluInterpreter nlu = moodbot();
    const QJsonArray ranking = nlu.intentRanking(u"I am sad"_s);
    QStringList names = rankingNames(ranking);
    QCOMPARE(names.size(), 7);
    names.sort();
    QCOMPARE(names,
             (QStringList{u"affirm"_s, u"bot_challenge"_s, u"deny"_s, u"goodbye"_s, u"greet"_s,
                          u"mood_great"_s, u"mood_unhappy"_s}));
    double previous = 1.0;
    double total = 0.0;
    for (const QJsonValue &entry : ranking) {
        const double confidence = entry.toObject().value("confidence"_L1).toDouble();
        QVERIFY(confidence <= previous);
        previous = confidence;
        total += confidence;
    }
    QVERIFY(qAbs(total - 1.0) < 1e-9);
}

void TestNluInterpreter::unknownTextWithoutFallbackIntent()
{
    const QJsonObject intent = moodbot().parse(u"xyzzy plugh"_s).value("intent"_L1).toObject();
    QCOMPARE(intent.value("name"_L1).toString(), u"greet"_s); // first of equals, domain order
    QVERIFY(intent.value("confidence"_L1).toDouble() < 0.2);
}

void TestNluInterpreter::unknownTextWithFallbackIntent()
{
    const Domain domain = domainFromYaml("intents: [greet, nlu_fallback]\n");
    NluTrainingData data;
    QVERIFY(data.addNluSection(
        QJsonArray{QJsonObject{{u"intent"_s, u"greet"_s}, {u"examples"_s, u"- hello\n- hi\n"_s}}}));
    NluInterpreter nlu;
    nlu.train(data, domain);
    const QJsonObject parse = nlu.parse(u"what is the weather"_s);
    QCOMPARE(parse.value("intent"_L1).toObject().value("name"_L1).toString(), u"nlu_fallback"_s);
    QCOMPARE(parse.value("intent"_L1).toObject().value("confidence"_L1).toDouble(), 0.3);
    QCOMPARE(rankingNames(parse.value("intent_ranking"_L1).toArray()),
             (QStringList{u"nlu_fallback"_s, u"greet"_s}));
    QCOMPARE(nlu.intentOf(u"hello"_s), u"greet"_s);
}

void TestNluInterpreter::entitiesFromExamplesAndSynonyms_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("italian");
    QTest::addColumn<bool>("mapped");
    // 3.x's EntitySynonymMapper keeps a lower-case self-reference of every
    // value (seen in the 3.6.21 recordings: "processors" on "italian")
    QTest::newRow("2.8") << u"2.8.34"_s << u"Italian"_s << false;
    QTest::newRow("3.6") << u"3.6.21"_s << u"italian"_s << true;
}

void TestNluInterpreter::entitiesFromExamplesAndSynonyms()
{
    QFETCH(QString, version);
    QFETCH(QString, italian);
    QFETCH(bool, mapped);
    const NluInterpreter nlu = formbot(version);
    const QJsonArray entities = nlu.entities(u"Serving Gastro Pub or Italian food"_s);
    QCOMPARE(entities.size(), 2);
    const QJsonObject first = entities.at(0).toObject();
    QCOMPARE(first.value("entity"_L1).toString(), u"cuisine"_s);
    QCOMPARE(first.value("value"_L1).toString(), u"gastropub"_s);
    QCOMPARE(first.value("start"_L1).toInt(), 8);
    QCOMPARE(first.value("end"_L1).toInt(), 18);
    QCOMPARE(first.value("processors"_L1).toArray(), QJsonArray{u"EntitySynonymMapper"_s});
    const QJsonObject second = entities.at(1).toObject();
    QCOMPARE(second.value("value"_L1).toString(), italian);
    QCOMPARE(second.value("extractor"_L1).toString(), u"DIETClassifier"_s);
    QCOMPARE(second.contains("processors"_L1), mapped);
}

void TestNluInterpreter::regexExtractorFollowsThePipeline()
{
    const Domain domain = domainFromYaml("intents: [inform]\nentities: [cuisine, number]\n");
    NluTrainingData data;
    QVERIFY(data.addNluSection(QJsonArray{
        QJsonObject{{u"intent"_s, u"inform"_s},
                    {u"examples"_s, u"- [thai](cuisine)\n- for [3](number)\n"_s}},
        QJsonObject{{u"lookup"_s, u"cuisine"_s}, {u"examples"_s, u"- italian\n- thai\n"_s}},
        QJsonObject{{u"regex"_s, u"number"_s}, {u"examples"_s, u"- \\b[0-9]+\\b\n"_s}}}));
    Result<PipelineConfig> config =
        PipelineConfig::fromYaml("pipeline:\n- name: WhitespaceTokenizer\n- name: DIETClassifier\n"
                                 "  entity_recognition: false\n- name: RegexEntityExtractor\n");
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    NluInterpreter nlu;
    nlu.train(data, domain, config.value(), RasaVersion::fromString(u"2.8.34"_s));
    const QJsonArray entities = nlu.entities(u"Italian for 12 please"_s);
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities.at(0).toObject().value("value"_L1).toString(), u"Italian"_s);
    QCOMPARE(entities.at(0).toObject().value("extractor"_L1).toString(), u"RegexEntityExtractor"_s);
    QCOMPARE(entities.at(1).toObject().value("value"_L1).toString(), u"12"_s);
    QCOMPARE(entities.at(1).toObject().value("entity"_L1).toString(), u"number"_s);
    QVERIFY(!entities.at(0).toObject().contains("confidence_entity"_L1));
    // no synonym mapper, no DIET entities: "thai" is found by the lookup only
    QCOMPARE(nlu.entities(u"thai"_s).first().toObject().value("extractor"_L1).toString(),
             u"RegexEntityExtractor"_s);
}

void TestNluInterpreter::parseKeysFollowVersionAndPipeline()
{
    const QJsonObject two = formbot(u"2.8.34"_s).parse(u"i want thai food"_s);
    const QJsonObject three = formbot(u"3.6.21"_s).parse(u"i want thai food"_s);
    QVERIFY(two.value("intent"_L1).toObject().value("id"_L1).isDouble());
    QVERIFY(!three.value("intent"_L1).toObject().contains("id"_L1));
    QVERIFY(!two.contains("text_tokens"_L1));
    QCOMPARE(
        three.value("text_tokens"_L1).toArray(),
        (QJsonArray{QJsonArray{0, 1}, QJsonArray{2, 6}, QJsonArray{7, 11}, QJsonArray{12, 16}}));
    QVERIFY(two.contains("response_selector"_L1)); // the default pipeline has one
    QCOMPARE(NluInterpreter::tokenSpans(u"hi, bot!"_s),
             (QJsonArray{QJsonArray{0, 2}, QJsonArray{4, 7}}));
    QCOMPARE(NluInterpreter::tokenSpans(u"?!"_s), (QJsonArray{QJsonArray{0, 2}}));
    QCOMPARE(NluInterpreter::intentId(u"greet"_s), NluInterpreter::intentId(u"greet"_s));
    QVERIFY(NluInterpreter::intentId(u"greet"_s) != NluInterpreter::intentId(u"deny"_s));
}

void TestNluInterpreter::pipelineConfigErrors()
{
    QVERIFY(!PipelineConfig::fromYaml("pipeline: 3\n"));
    QVERIFY(!PipelineConfig::fromYaml("pipeline:\n- epochs: 3\n"));
    QVERIFY(!PipelineConfig::fromYaml("- just a list\n"));
    QVERIFY(!PipelineConfig::load(u"/no/such/config.yml"_s));
    Result<PipelineConfig> config =
        PipelineConfig::fromYaml("policies:\n- name: MemoizationPolicy\n- name: RulePolicy\n"
                                 "pipeline:\n- name: DIETClassifier\n  ranking_length: 2\n");
    QVERIFY(config);
    QCOMPARE(config->policyName(u"RulePolicy"_s, true), u"policy_1_RulePolicy"_s);
    QCOMPARE(config->policyName(u"RulePolicy"_s, false), u"RulePolicy"_s);
    QCOMPARE(config->rankingLength, 2);
    QVERIFY(!config->selectsResponses());
    QVERIFY(PipelineConfig::defaults().selectsResponses());
}

void TestNluInterpreter::entitiesRespectWordBoundaries()
{
    const NluInterpreter nlu = formbot();
    QVERIFY(nlu.entities(u"thailand is far"_s).isEmpty());
    QCOMPARE(nlu.entities(u"thai, please"_s).size(), 1);
    // the longest known value wins over a shorter one inside it
    const QJsonArray modern = nlu.entities(u"modern european please"_s);
    QCOMPARE(modern.size(), 1);
    QCOMPARE(modern.first().toObject().value("value"_L1).toString(), u"modern european"_s);
}

void TestNluInterpreter::entityRolesAreKept()
{
    const Domain domain =
        domainFromYaml("intents: [travel]\nentities:\n- city:\n    roles: [from, to]\n");
    NluTrainingData data;
    QVERIFY(data.addNluSection(QJsonArray{QJsonObject{
        {u"intent"_s, u"travel"_s},
        {u"examples"_s, u"- fly to [Paris]{\"entity\": \"city\", \"role\": \"to\"}\n"_s}}}));
    NluInterpreter nlu;
    nlu.train(data, domain);
    const QJsonArray entities = nlu.entities(u"i want to go to paris"_s);
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.first().toObject().value("role"_L1).toString(), u"to"_s);
    // 3.x maps "paris" to the annotated "Paris" (the mapper's self-reference)
    QCOMPARE(entities.first().toObject().value("value"_L1).toString(), u"Paris"_s);
}

void TestNluInterpreter::numbersAreExtractedLikeDuckling()
{
    const QJsonArray entities = formbot().entities(u"a table for 4 or maybe seven"_s);
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities.at(0).toObject().value("value"_L1).toDouble(), 4.0);
    QCOMPARE(entities.at(1).toObject().value("value"_L1).toDouble(), 7.0);
    QCOMPARE(entities.at(1).toObject().value("extractor"_L1).toString(),
             u"DucklingEntityExtractor"_s);
    QVERIFY(moodbot().entities(u"I am 4 years old"_s).isEmpty()); // no number entity there
}

void TestNluInterpreter::intentMessages_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("entities");

    QTest::newRow("2.x plain") << u"2.8.12"_s << u"/greet"_s << u"greet"_s << 1.0 << 0;
    QTest::newRow("2.x confidence") << u"2.8.12"_s << u"/greet@0.7"_s << u"greet"_s << 0.7 << 0;
    QTest::newRow("2.x bad confidence")
        << u"2.8.12"_s << u"/greet@1.2.3"_s << u"greet"_s << 0.0 << 0;
    QTest::newRow("2.x entities") << u"2.8.12"_s
                                  << u"/mood_great{\"name\": \"Ann\", \"x\": [1, 2]}"_s
                                  << u"mood_great"_s << 1.0 << 3;
    QTest::newRow("2.x bad json") << u"2.8.12"_s << u"/greet{oops}"_s << u"greet"_s << 1.0 << 0;
    QTest::newRow("2.x unknown intent kept") << u"2.8.12"_s << u"/foo"_s << u"foo"_s << 1.0 << 0;
    // 3.6 drops entity types the domain does not declare (moodbot has none)
    QTest::newRow("3.x confidence, undeclared entity")
        << u"3.6.2"_s << u"/greet@0.5{\"name\": \"Ann\"}"_s << u"greet"_s << 0.5 << 0;
    QTest::newRow("3.x default intent") << u"3.6.2"_s << u"/restart"_s << u"restart"_s << 1.0 << 0;
}

void TestNluInterpreter::intentMessages()
{
    QFETCH(QString, version);
    QFETCH(QString, text);
    QFETCH(QString, intent);
    QFETCH(double, confidence);
    QFETCH(int, entities);
    Result<Bot> bot = Bot::load(kMoodbot);
    QVERIFY(bot);
    const auto parse =
        IntentMessageParser::parse(text, RasaVersion::fromString(version), bot->domain);
    QVERIFY(parse.has_value());
    QCOMPARE(parse->value("intent"_L1).toObject().value("name"_L1).toString(), intent);
    QCOMPARE(parse->value("intent"_L1).toObject().value("confidence"_L1).toDouble(), confidence);
    QCOMPARE(parse->value("intent_ranking"_L1).toArray().size(), 1);
    const QJsonArray found = parse->value("entities"_L1).toArray();
    QCOMPARE(found.size(), entities);
    if (entities > 0) {
        const QJsonObject first = found.first().toObject();
        const int start = first.value("start"_L1).toInt();
        const int end = first.value("end"_L1).toInt();
        QVERIFY(text.mid(start, end - start).startsWith(QLatin1Char('{')));
        QCOMPARE(end, int(text.size()));
    }
    QCOMPARE(parse->value("text"_L1).toString(), text);
}

void TestNluInterpreter::rasa3RoutesUnknownIntentsToNlu()
{
    Result<Bot> bot = Bot::load(kMoodbot);
    QVERIFY(bot);
    QVERIFY(
        !IntentMessageParser::parse(u"/foo"_s, RasaVersion::fromString(u"3.6.2"_s), bot->domain));
    QVERIFY(
        !IntentMessageParser::parse(u"hello"_s, RasaVersion::fromString(u"2.8.12"_s), bot->domain));
}

QTEST_GUILESS_MAIN(TestNluInterpreter)
#include "tst_nluinterpreter.moc"
