#include "export/storybuilder.h"

#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event user(const QString &intent)
{
    return Event::user(u"text of "_s + intent, ParseData::corrected(u"text of "_s + intent, intent, {}));
}

//! `user:greet action:utter_greet ...` for the story-relevant events.
QString outline(const StoryStep &step)
{
    QStringList parts;
    for (const StoryItem &item : step.items) {
        const Event &event = item.event();
        if (event.type() == EventType::User)
            parts.append(u"user:"_s + event.parseData().intentName()
                         + (event.useTextForFeaturization() ? u"(text)"_s : QString()));
        else if (event.type() == EventType::Action && !event.isActionListen())
            parts.append(u"action:"_s + event.name());
    }
    return step.name + u' ' + parts.join(u' ');
}

QStringList outlines(const StorySteps &steps)
{
    QStringList all;
    for (const StoryStep &step : steps)
        all.append(outline(step));
    return all;
}

} // namespace

class TestStoryBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildsStories_data();
    void buildsStories();
    void continuesNumbering_data();
    void continuesNumbering();
    void foldsUserFeaturization();
};

void TestStoryBuilder::buildsStories_data()
{
    QTest::addColumn<EventList>("events");
    QTest::addColumn<QStringList>("expected");
    const Event listen = Event::actionListen();
    QTest::newRow("one story") << EventList{listen, user(u"greet"_s), Event::action(u"utter_greet"_s), listen}
                               << QStringList{u"interactive_story_1 user:greet action:utter_greet"_s};
    QTest::newRow("split at restarts, empty parts skipped")
        << EventList{listen, user(u"a"_s), Event::action(u"x"_s), Event::restart(), listen, Event::restart(),
                     listen, user(u"b"_s), Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 user:a action:x"_s, u"interactive_story_2 user:b action:y"_s};
    QTest::newRow("undone action left out")
        << EventList{listen, user(u"a"_s), Event::action(u"wrong"_s), Event::undo(), Event::action(u"right"_s)}
        << QStringList{u"interactive_story_1 user:a action:right"_s};
    QTest::newRow("corrected message left out")
        << EventList{listen, user(u"wrong"_s), Event::rewind(), listen, user(u"right"_s), Event::action(u"x"_s)}
        << QStringList{u"interactive_story_1 user:right action:x"_s};
    QTest::newRow("unanswered message before a restart left out")
        << EventList{listen, user(u"a"_s), Event::action(u"x"_s), listen, user(u"b"_s),
                     Event::slot(u"s"_s, 1), Event::restart(), listen, user(u"c"_s), Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 user:a action:x"_s, u"interactive_story_2 user:c action:y"_s};
    QTest::newRow("story of only an unanswered message left out")
        << EventList{listen, user(u"a"_s), Event::restart(), listen, user(u"b"_s), Event::action(u"y"_s), listen,
                     user(u"pending"_s)}
        << QStringList{u"interactive_story_1 user:b action:y"_s};
    QTest::newRow("no user message, no story") << EventList{listen, Event::action(u"utter_hi"_s)} << QStringList{};
    QTest::newRow("every session is a story")
        << EventList{Event::action(u"action_session_start"_s), Event::sessionStarted(), listen, user(u"a"_s),
                     Event::action(u"x"_s), Event::action(u"action_session_start"_s), Event::sessionStarted(),
                     listen, user(u"b"_s), Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 user:a action:x action:action_session_start"_s,
                       u"interactive_story_2 user:b action:y"_s};
}

void TestStoryBuilder::buildsStories()
{
    QFETCH(EventList, events);
    QFETCH(QStringList, expected);
    QCOMPARE(outlines(StoryBuilder::build({ExportConversation{u"c"_s, events}})), expected);
}

void TestStoryBuilder::continuesNumbering_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("empty file") << QStringList{} << QStringList{u"interactive_story_1"_s, u"interactive_story_2"_s};
    QTest::newRow("after the highest")
        << QStringList{u"interactive_story_1"_s, u"interactive_story_7"_s, u"happy path"_s}
        << QStringList{u"interactive_story_8"_s, u"interactive_story_9"_s};
    QTest::newRow("other names untouched") << QStringList{u"interactive_story_x"_s, u"story_3"_s}
                                           << QStringList{u"interactive_story_1"_s, u"interactive_story_2"_s};
}

void TestStoryBuilder::continuesNumbering()
{
    QFETCH(QStringList, taken);
    QFETCH(QStringList, names);
    const EventList one{user(u"a"_s), Event::action(u"x"_s)};
    const StorySteps steps = StoryBuilder::build({ExportConversation{u"c1"_s, one}, ExportConversation{u"c2"_s, one}}, taken);
    QStringList built;
    for (const StoryStep &step : steps) {
        built.append(step.name);
        QVERIFY(!taken.contains(step.name));
    }
    QCOMPARE(built, names);
    QCOMPARE(steps.at(1).sourceFile, u"c2"_s);
}

void TestStoryBuilder::foldsUserFeaturization()
{
    const Event featurization = Event::fromJson(QJsonObject{{u"event"_s, u"user_featurization"_s},
                                                            {u"use_text_for_featurization"_s, true}})
                                    .value();
    const QList<StoryItem> items = StoryBuilder::items({user(u"a"_s), Event::action(u"x"_s), featurization,
                                                        user(u"b"_s)});
    QCOMPARE(items.size(), 3);
    QVERIFY(items.at(0).event().useTextForFeaturization());
    QVERIFY(!items.at(2).event().useTextForFeaturization());
}

QTEST_GUILESS_MAIN(TestStoryBuilder)
#include "tst_storybuilder.moc"
