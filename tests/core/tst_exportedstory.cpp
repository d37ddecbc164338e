// ExportedStory: a conversation's story as the YAML export writes it and the
// reader reads it back — the same as really writing and reading it.

#include "conflicts/exportedstory.h"
#include "conflicts/statedomain.h"
#include "conflicts/trackergenerator.h"

#include "export/storybuilder.h"
#include "export/storyreader.h"
#include "export/yamlstorywriter.h"
#include "session/sessionformat.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

Event user(const QString &text, const QString &intent, const QList<Entity> &entities = {})
{
    return Event::user(text, ParseData::corrected(text, intent, entities));
}

//! Every kind of event a conversation holds.
EventList everything()
{
    const QList<Entity> entities{Entity::onSpan(u"city"_s, u"Rome"_s, 8, 12, u"to"_s),
                                 Entity::onSpan(u"size"_s, 4, 0, 1, {}, u"first"_s),
                                 Entity(QJsonObject{{u"entity"_s, u"bare"_s}})};
    return {Event::action(u"action_session_start"_s),
            Event::sessionStarted(),
            Event::actionListen(),
            user(u"4 go to Rome"_s, u"travel"_s, entities),
            Event::slot(u"city"_s, u"Rome"_s),
            Event::slot(u"amount"_s, 4.0),
            Event::slot(u"items"_s, QJsonArray{1, u"b"_s}),
            Event::slot(u"blob"_s, QJsonObject{{u"x"_s, 1}}),
            Event::action(u"action_unlikely_intent"_s),
            Event::action(u"travel_form"_s),
            Event::activeLoop(u"travel_form"_s),
            Event::loopInterrupted(true),
            Event::actionExecutionRejected(u"travel_form"_s),
            Event::followup(u"utter_x"_s),
            Event::bot(u"Where to?"_s),
            Event::activeLoop({}),
            Event::actionListen(),
            user(u"what about faq"_s, u"faq/ask_name"_s),
            Event::action(u"utter_faq"_s),
            Event::actionListen(),
            user(u"hello there"_s, u"greet"_s),
            Event::fromJson(QJsonObject{{u"event"_s, u"user_featurization"_s},
                                        {u"use_text_for_featurization"_s, true}})
                .value(),
            Event::fromJson(QJsonObject{{u"event"_s, u"action"_s},
                                        {u"name"_s, QJsonValue()},
                                        {u"action_text"_s, u"Hi!"_s}})
                .value(),
            Event::action(u"restart"_s),
            Event::action(u"utter_bye"_s),
            Event::actionListen()};
}

//! Each step's states as a tracker sees them.
QList<QVector<qint32>> states(const StorySteps &steps, StateTable &table)
{
    const StateDomain domain{Domain()};
    const TrackerGenerator generator(domain, table);
    QList<QVector<qint32>> all;
    for (const StoryStep &step : steps)
        all.append(generator.linearTracker(step, true).states);
    return all;
}

} // namespace

class TestExportedStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWritingAndReading_data();
    void sameAsWritingAndReading();
};

void TestExportedStory::sameAsWritingAndReading_data()
{
    QTest::addColumn<QList<ExportConversation>>("conversations");
    QTest::newRow("every event kind") << QList<ExportConversation>{{u"c1"_s, everything()}};
    const Result<SessionData> session =
        SessionFormat::readFile(TestSupport::dataPath(u"conflicts/session/session.coach"_s));
    QVERIFY(session);
    QList<ExportConversation> recorded;
    for (const Conversation &conversation : session->conversations)
        recorded.append({conversation.id, conversation.events});
    QTest::newRow("conflicts/session") << recorded;
}

void TestExportedStory::sameAsWritingAndReading()
{
    QFETCH(QList<ExportConversation>, conversations);
    const YamlStoryWriter writer(StoryWriterOptions{});
    StorySteps direct, roundTrip;
    for (const StoryStep &built : StoryBuilder::build(conversations)) {
        direct.append(ExportedStory::fromBuilt(built));
        const Result<StorySteps> read = StoryReader::readYaml(writer.render({built}).toUtf8());
        QVERIFY2(read, qPrintable(read.error().toString()));
        roundTrip += *read;
    }
    QVERIFY(!direct.isEmpty());
    QCOMPARE(writer.render(direct), writer.render(roundTrip));
    StateTable table;
    QCOMPARE(states(direct, table), states(roundTrip, table));
}

QTEST_GUILESS_MAIN(TestExportedStory)
#include "tst_exportedstory.moc"
