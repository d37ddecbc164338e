#include "export/nludata.h"
#include "model/tracker.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event user(const QString &text, const QString &intent, const QList<Entity> &entities = {})
{
    return Event::user(text, ParseData::corrected(text, intent, entities));
}

QStringList keys(const QList<TrainingExample> &examples)
{
    QStringList list;
    for (const TrainingExample &example : examples)
        list.append(example.intent + u": "_s + example.annotatedText());
    return list;
}

} // namespace

class TestNluData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsLikeRasa_data();
    void collectsLikeRasa();
    void parseDataTextWins();
    void dropsPretrainedExtractors();
    void keyIgnoresExtractionDetails();
};

void TestNluData::collectsLikeRasa_data()
{
    QTest::addColumn<EventList>("events");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("typed messages")
        << EventList{user(u"hello"_s, u"greet"_s), user(u"bye now"_s, u"goodbye"_s)}
        << QStringList{u"greet: hello"_s, u"goodbye: bye now"_s};
    QTest::newRow("slash messages dropped")
        << EventList{user(u"/greet"_s, u"greet"_s), user(u"hi"_s, u"greet"_s)}
        << QStringList{u"greet: hi"_s};
    QTest::newRow("rewind pops the corrected one")
        << EventList{user(u"hi"_s, u"wrong"_s), Event::rewind(), Event::actionListen(),
                     user(u"hi"_s, u"greet"_s)}
        << QStringList{u"greet: hi"_s};
    QTest::newRow("rewind pops a slash message too")
        << EventList{user(u"ok"_s, u"affirm"_s), user(u"/deny"_s, u"deny"_s), Event::rewind()}
        << QStringList{u"affirm: ok"_s};
    QTest::newRow("undo and restart do not pop")
        << EventList{user(u"ok"_s, u"affirm"_s), Event::action(u"x"_s), Event::undo(),
                     Event::restart()}
        << QStringList{u"affirm: ok"_s};
    QTest::newRow("repeats kept once")
        << EventList{user(u"hi"_s, u"greet"_s), user(u"hi"_s, u"greet"_s)}
        << QStringList{u"greet: hi"_s};
    QTest::newRow("no intent guarded")
        << EventList{Event::user(u"??"_s, ParseData(QJsonObject{{u"text"_s, u"??"_s}}))}
        << QStringList{};
    QTest::newRow("retrieval intent") << EventList{Event::user(
        u"what is your name"_s,
        ParseData(
            QJsonObject{{u"text"_s, u"what is your name"_s},
                        {u"intent"_s,
                         QJsonObject{{u"name"_s, u"faq"_s},
                                     {u"full_retrieval_intent_name"_s, u"faq/ask_name"_s}}}}))}
                                      << QStringList{u"faq/ask_name: what is your name"_s};
    // Rasa 2.8 names the response key only in the response selector (and
    // its own export loses it: spec errata).
    const QJsonObject selected{
        {u"response"_s, QJsonObject{{u"intent_response_key"_s, u"faq/ask_name"_s}}}};
    QTest::newRow("retrieval intent, Rasa 2") << EventList{Event::user(
        u"who are you"_s,
        ParseData(QJsonObject{{u"text"_s, u"who are you"_s},
                              {u"intent"_s, QJsonObject{{u"name"_s, u"faq"_s}}},
                              {u"response_selector"_s,
                               QJsonObject{{u"all_retrieval_intents"_s, QJsonArray{u"faq"_s}},
                                           {u"default"_s, selected}}}}))}
                                              << QStringList{u"faq/ask_name: who are you"_s};
    QTest::newRow("another intent's response key is not taken") << EventList{Event::user(
        u"hi"_s,
        ParseData(QJsonObject{{u"text"_s, u"hi"_s},
                              {u"intent"_s, QJsonObject{{u"name"_s, u"greet"_s}}},
                              {u"response_selector"_s, QJsonObject{{u"default"_s, selected}}}}))}
                                                                << QStringList{u"greet: hi"_s};
}

void TestNluData::collectsLikeRasa()
{
    QFETCH(EventList, events);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(NluData::collect(events)), expected);
}

void TestNluData::parseDataTextWins()
{
    const QJsonValue json = TestSupport::readJson(TestSupport::dataPath(
        u"rasa/data/test_trackers/tracker_moodbot_with_new_utterances.json"_s));
    Result<TrackerSnapshot> tracker = TrackerSnapshot::fromJson(json, true);
    QVERIFY(tracker.isOk());
    QCOMPARE(keys(NluData::collect(tracker->events)),
             QStringList{u"mood_great: my mood is so great!"_s});
}

void TestNluData::dropsPretrainedExtractors()
{
    QJsonObject duckling = Entity::onSpan(u"time"_s, u"2021-01-01"_s, 0, 5).toJson();
    duckling.insert("extractor"_L1, u"DucklingEntityExtractor"_s);
    QJsonObject diet = Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15).toJson();
    diet.insert("extractor"_L1, u"DIETClassifier"_s);
    const QList<TrainingExample> examples = NluData::collect(
        {user(u"today in Berlin"_s, u"inform"_s, {Entity(duckling), Entity(diet)})});
    QCOMPARE(keys(examples), QStringList{u"inform: today in [Berlin](city)"_s});
}

void TestNluData::keyIgnoresExtractionDetails()
{
    QJsonObject withDetails = Entity::onSpan(u"city"_s, u"Berlin"_s, 0, 6).toJson();
    withDetails.insert("confidence_entity"_L1, 0.98);
    withDetails.insert("extractor"_L1, u"DIETClassifier"_s);
    const TrainingExample fromSession{u"Berlin  "_s, u"inform"_s, {Entity(withDetails)}, {}};
    const TrainingExample fromFile{
        u"Berlin"_s, u"inform "_s, {Entity::onSpan(u"city"_s, u"Berlin"_s, 0, 6)}, {}};
    QCOMPARE(fromSession.key(), fromFile.key());
    const TrainingExample otherIntent{u"Berlin"_s, u"greet"_s, {}, {}};
    QVERIFY(otherIntent.key() != fromFile.key());
}

QTEST_GUILESS_MAIN(TestNluData)
#include "tst_nludata.moc"
