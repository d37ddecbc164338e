#include "session/trackermirror.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

using Kind = TrackerMirror::ResumePlan::Kind;

class TestTrackerMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planResume_data();
    void planResume();
    void follow_data();
    void follow();
    void endsAtSynced();
    void freshConversation_data();
    void freshConversation();
};

namespace {

//! Events from a short spec, timestamps counting up from `first`:
//! `S` action_session_start, `s` session_started, `L` action_listen,
//! `R` restart, `u:text` user, `a:name` action, `slot:name` slot.
EventList events(const QString &spec, double first = 1)
{
    EventList list;
    double timestamp = first;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        const double at = timestamp++;
        const QString argument = token.section(u':', 1);
        if (token == u"S"_s)
            list.append(Event::action(u"action_session_start"_s, {}, std::nullopt, at));
        else if (token == u"s"_s)
            list.append(Event::sessionStarted(at));
        else if (token == u"L"_s)
            list.append(Event::actionListen(at));
        else if (token == u"R"_s)
            list.append(Event::restart(at));
        else if (token.startsWith(u"u:"_s))
            list.append(Event::user(argument, ParseData(), at));
        else if (token.startsWith(u"a:"_s))
            list.append(Event::action(argument, {}, std::nullopt, at));
        else if (token.startsWith(u"slot:"_s))
            list.append(Event::slot(argument, u"x"_s, at));
    }
    return list;
}

//! Two sessions of the document (12 events): the second starts at index 6.
const QString TwoSessions = u"S s L u:hi a:utter_greet L S s L u:sad a:utter_cheer_up L"_s;
const QString OneSession = u"S s L u:hi a:utter_greet L"_s;

//! What the server answers: `count` document events from `from`, then
//! events of its own (timestamps no document event has).
EventList serverEvents(const EventList &local, int from, int count, const QString &extra)
{
    return local.mid(from, count) + events(extra, 1000);
}

} // namespace

void TestTrackerMirror::planResume_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<int>("keepFrom");
    QTest::addColumn<int>("keepCount");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("appended");
    QTest::addColumn<int>("synced");
    QTest::addColumn<int>("skipped");

    QTest::newRow("empty document, a session start made up on reading")
        << QString() << 0 << 0 << u"S s L"_s << Kind::Adopt << 0 << 0 << 0;
    QTest::newRow("empty document, a conversation the server stored")
        << QString() << 0 << 0 << OneSession << Kind::Adopt << 6 << 6 << 0;
    QTest::newRow("the same events")
        << OneSession << 0 << 6 << QString() << Kind::Adopt << 0 << 6 << 0;
    QTest::newRow("the server added a session start")
        << OneSession << 0 << 6 << u"S s L"_s << Kind::Adopt << 3 << 9 << 0;
    QTest::newRow("the server went on with turns")
        << OneSession << 0 << 6 << u"u:bye a:utter_goodbye L"_s << Kind::ServerContinues << 0 << 0
        << 0;
    QTest::newRow("nothing stored under the id")
        << OneSession << 0 << 0 << u"S s L"_s << Kind::Rebuild << 0 << 0 << 0;
    QTest::newRow("Rasa 3.x kept the last session")
        << TwoSessions << 6 << 6 << QString() << Kind::Adopt << 0 << 6 << 6;
    QTest::newRow("Rasa 3.x kept the last session, and more")
        << TwoSessions << 6 << 6 << u"u:more a:utter_more L"_s << Kind::Adopt << 3 << 9 << 6;
    QTest::newRow("lost: no turns under the id")
        << OneSession << 0 << 0 << u"R S s"_s << Kind::RebuildAside << 0 << 0 << 0;
    QTest::newRow("someone else's turns")
        << OneSession << 0 << 0 << u"S s L u:other a:utter_other L"_s << Kind::Ask << 0 << 0 << 0;
    QTest::newRow("the same start, other turns")
        << OneSession << 0 << 3 << u"u:other a:utter_other L"_s << Kind::Ask << 0 << 0 << 0;
}

void TestTrackerMirror::planResume()
{
    QFETCH(QString, local);
    QFETCH(int, keepFrom);
    QFETCH(int, keepCount);
    QFETCH(QString, extra);
    const EventList document = events(local);
    const EventList server = serverEvents(document, keepFrom, keepCount, extra);
    const TrackerMirror::ResumePlan plan = TrackerMirror::planResume(document, server);
    QTEST(plan.kind, "kind");
    if (plan.kind != Kind::Adopt)
        return;
    QTEST(int(plan.append.size()), "appended");
    QTEST(int(plan.synced.size()), "synced");
    QTEST(int(plan.skipped), "skipped");
    // What is appended is the server's end: the document then ends as it.
    if (!plan.append.isEmpty())
        QVERIFY(TrackerMirror::sameEvent(plan.append.last(), server.last()));
}

void TestTrackerMirror::follow_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<int>("synced");
    QTest::addColumn<int>("keepFrom");
    QTest::addColumn<int>("keepCount");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("serverCount");

    QTest::newRow("the first answer")
        << QString() << 0 << 0 << 0 << u"S s L u:hi"_s << true << 4 << 4;
    QTest::newRow("the server went on")
        << OneSession << 6 << 0 << 6 << u"a:utter_x L"_s << true << 2 << 8;
    QTest::newRow("nothing new") << OneSession << 6 << 0 << 6 << QString() << true << 0 << 6;
    QTest::newRow("an answer about other events")
        << OneSession << 6 << 0 << 0 << u"S s L u:x"_s << false << 0 << 6;
    QTest::newRow("Rasa 3.x answers with the last session only")
        << TwoSessions << 12 << 6 << 6 << u"u:x a:utter_y L"_s << true << 3 << 15;
    QTest::newRow("Rasa 3.x, but the last session lacks a synced event")
        << TwoSessions << 12 << 6 << 5 << QString() << false << 0 << 12;
    QTest::newRow("a shorter answer with no earlier session to drop")
        << OneSession << 6 << 3 << 3 << QString() << false << 0 << 6;
    QTest::newRow("synced before the second session: nothing to drop")
        << TwoSessions << 6 << 6 << 6 << QString() << false << 0 << 6;
}

void TestTrackerMirror::follow()
{
    QFETCH(QString, local);
    QFETCH(int, synced);
    QFETCH(int, keepFrom);
    QFETCH(int, keepCount);
    QFETCH(QString, extra);
    QFETCH(bool, accepted);
    const EventList document = events(local);
    TrackerMirror mirror;
    mirror.markSynced(document.first(synced));
    const std::optional<EventList> added =
        mirror.follow(document, serverEvents(document, keepFrom, keepCount, extra));
    QCOMPARE(added.has_value(), accepted);
    if (added)
        QTEST(int(added->size()), "added");
    QTEST(int(mirror.serverCount()), "serverCount");
}

void TestTrackerMirror::endsAtSynced()
{
    const EventList document = events(OneSession);
    TrackerMirror mirror;
    mirror.markSynced(document);
    QVERIFY(mirror.endsAtSynced(document));
    QVERIFY(mirror.endsAtSynced({}));
    QVERIFY(!mirror.endsAtSynced(document + events(u"S s L"_s, 1000)));
    QVERIFY(!mirror.endsAtSynced(document.first(5)));
    mirror.reset();
    QCOMPARE(mirror.serverCount(), 0);
    QVERIFY(!mirror.endsAtSynced(document));
}

void TestTrackerMirror::freshConversation_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("fresh");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("a session start") << u"S s L"_s << true;
    QTest::newRow("with carried-over slots") << u"S s slot:name L"_s << true;
    QTest::newRow("a user message") << u"S s L u:hi"_s << false;
    QTest::newRow("a bot action") << u"S s a:utter_greet"_s << false;
    QTest::newRow("a restart") << u"R S s L"_s << false;
}

void TestTrackerMirror::freshConversation()
{
    QFETCH(QString, server);
    QTEST(TrackerMirror::isFreshConversation(events(server)), "fresh");
}

QTEST_GUILESS_MAIN(TestTrackerMirror)
#include "tst_trackermirror.moc"
