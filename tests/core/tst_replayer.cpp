// The replay against fake-rasa (2.x and 3.x behaviour): a session replayed
// against the bot it was made with, against copies of the bot changed in
// one place, with bounded concurrency, and against a server that goes away.
#include "core/helpers/replayfixtures.h"
#include "core/helpers/sessionharness.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)
#include "rasa/rasaclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    bool finished = false;
    QString error;
    ApiError::Kind errorKind = ApiError::Kind::None;
    QList<ReplaySession> sessions;
    int maxActiveRequests = 0;
};

Outcome replay(const QUrl &server, const SessionData &data, int jobs = 4)
{
    RasaClient client(server);
    Replayer replayer(&client);
    replayer.setMaxInFlight(jobs);
    Outcome outcome;
    QObject::connect(&client, &RasaClient::activeRequestCountChanged, &client,
                     [&outcome](int count) {
                         outcome.maxActiveRequests = qMax(outcome.maxActiveRequests, count);
                     });
    QSignalSpy finished(&replayer, &Replayer::finished);
    QSignalSpy failed(&replayer, &Replayer::failed);
    replayer.start({ReplayPlanner::session(u"moodbot.coach"_s, data)});
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000)) {
        outcome.error = u"timed out"_s;
        return outcome;
    }
    outcome.finished = !finished.isEmpty();
    if (!failed.isEmpty()) {
        const ApiError error = failed.first().first().value<ApiError>();
        outcome.error = error.userMessage();
        outcome.errorKind = error.kind;
    }
    outcome.sessions = replayer.sessions();
    return outcome;
}

//! `conversation/part/turn` of every turn that differs.
QStringList differing(const QList<ReplaySession> &sessions)
{
    QStringList found;
    for (const ReplayPart &part : sessions.first().parts) {
        for (const ReplayTurn &turn : part.turns) {
            if (!turn.agrees())
                found.append(u"%1/%2/%3"_s.arg(part.conversation).arg(part.part).arg(turn.index));
        }
    }
    return found;
}

const ReplayTurn &turnAt(const QList<ReplaySession> &sessions, int part, int turn)
{
    return sessions.first().parts.at(part).turns.at(turn);
}

} // namespace

class TestReplayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theBotItWasMadeWithAgrees_data();
    void theBotItWasMadeWithAgrees();
    void changedStoriesDifferExactlyThere_data();
    void changedStoriesDifferExactlyThere();
    void changedNluDiffersExactlyThere_data();
    void changedNluDiffersExactlyThere();
    void aCorrectionDiffersUntilRetrained();
    void oldSessionsAreReplayedNow();
    void requestsInFlightAreBounded();
    void aServerThatGoesAwayFailsTheReplay();
    void aServerWithoutModelFailsAtOnce();

private:
    //! The replay fixture session, made against `version`'s moodbot.
    bool annotate(const QString &version, SessionData *data, QString *why);
    //! A fake server on a copy of moodbot with `edits`.
    bool serveCopy(FakeRasa::FakeRasaServer &server, const QString &version,
                   const QList<BotEdit> &edits);
    //! The fixture session, made against `version`'s moodbot, replayed
    //! against a copy with `edits`.
    Outcome replayAgainstCopy(const QString &version, const QList<BotEdit> &edits);

    QTemporaryDir m_scratch;
    int m_copies = 0;
};

void TestReplayer::init()
{
    QVERIFY(m_scratch.isValid());
}

bool TestReplayer::annotate(const QString &version, SessionData *data, QString *why)
{
    SessionHarness annotator(u"moodbot"_s, version);
    if (!annotateMoodbot(annotator)) {
        *why = annotator.why;
        return false;
    }
    *data = annotator.document->data();
    return true;
}

bool TestReplayer::serveCopy(FakeRasa::FakeRasaServer &server, const QString &version,
                             const QList<BotEdit> &edits)
{
    const QString folder = m_scratch.filePath(u"bot-%1"_s.arg(++m_copies));
    const Status copied = copyBot(botFolder(u"moodbot"_s), folder, edits);
    if (!copied) {
        qWarning().noquote() << copied.error().toString();
        return false;
    }
    server.setRasaVersion(version);
    const Status loaded = server.loadBot(folder);
    if (!loaded) {
        qWarning().noquote() << loaded.error().toString();
        return false;
    }
    return server.listen() != 0;
}

Outcome TestReplayer::replayAgainstCopy(const QString &version, const QList<BotEdit> &edits)
{
    SessionData data;
    Outcome failed;
    if (!annotate(version, &data, &failed.error))
        return failed;
    FakeRasa::FakeRasaServer retrained;
    if (!serveCopy(retrained, version, edits)) {
        failed.error = u"the changed bot is not served"_s;
        return failed;
    }
    return replay(retrained.url(), data);
}

void TestReplayer::theBotItWasMadeWithAgrees_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.x") << u"3.6.2"_s;
    QTest::newRow("2.x") << u"2.8.34"_s;
}

void TestReplayer::theBotItWasMadeWithAgrees()
{
    QFETCH(QString, version);
    SessionHarness annotator(u"moodbot"_s, version);
    QVERIFY2(annotateMoodbot(annotator), qPrintable(annotator.why));
    const SessionData data = annotator.document->data();
    const QString annotatorId = data.conversations.first().id;
    const EventList annotatorEvents = annotator.server.tracker(annotatorId).events();
    annotator.server.clearRequests();

    const Outcome outcome = replay(annotator.server.url(), data);
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(ReplaySummary::of(outcome.sessions).turns, 6);
    QCOMPARE(differing(outcome.sessions), QStringList());
    QCOMPARE(turnAt(outcome.sessions, 1, 1).predictedActions(),
             (QStringList{u"utter_cheer_up"_s, u"utter_did_that_help"_s, u"action_listen"_s}));

    // Only scratch conversations were used, never executed in, and each
    // ends restarted; the annotator's conversation is as it was.
    QStringList scratch;
    for (const FakeRasa::RecordedRequest &request : annotator.server.requests()) {
        QVERIFY2(!request.path.endsWith(u"/execute"_s), qPrintable(request.path));
        QVERIFY2(!request.path.contains(annotatorId), qPrintable(request.path));
        if (request.path.startsWith(u"/conversations/rasa-coach-replay-"_s))
            scratch.append(request.path.section(u'/', 2, 2));
    }
    scratch.removeDuplicates();
    QCOMPARE(scratch.size(), 2);
    for (const QString &id : std::as_const(scratch))
        QCOMPARE(annotator.server.tracker(id).events().constLast().type(), EventType::Restart);
    QCOMPARE(annotator.server.tracker(annotatorId).events(), annotatorEvents);
}

void TestReplayer::changedStoriesDifferExactlyThere_data()
{
    theBotItWasMadeWithAgrees_data();
}

void TestReplayer::changedStoriesDifferExactlyThere()
{
    QFETCH(QString, version);
    const Outcome outcome = replayAgainstCopy(version, moodGreatSaysGoodbye());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(differing(outcome.sessions), QStringList{u"0/0/1"_s});
    const ReplayTurn &turn = turnAt(outcome.sessions, 0, 1);
    QCOMPARE(turn.text(), u"I am great"_s);
    QVERIFY(turn.intentAgrees());
    QVERIFY(turn.entitiesAgree());
    QCOMPARE(turn.expectedActions(), (QStringList{u"utter_happy"_s, u"action_listen"_s}));
    QCOMPARE(turn.predictedActions(), (QStringList{u"utter_goodbye"_s, u"action_listen"_s}));
    QVERIFY(!turn.actions.at(0).agrees());
    QVERIFY(turn.actions.at(1).agrees());
}

void TestReplayer::changedNluDiffersExactlyThere_data()
{
    theBotItWasMadeWithAgrees_data();
}

void TestReplayer::changedNluDiffersExactlyThere()
{
    QFETCH(QString, version);
    const Outcome outcome = replayAgainstCopy(version, iAmGreatIsUnhappy());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(differing(outcome.sessions), QStringList{u"0/0/1"_s});
    const ReplayTurn &turn = turnAt(outcome.sessions, 0, 1);
    QCOMPARE(turn.expectedIntent(), u"mood_great"_s);
    QCOMPARE(turn.predictedIntent(), u"mood_unhappy"_s);
    // The dialogue went on with the annotated intent: its actions agree.
    QVERIFY(turn.actionsAgree());
}

void TestReplayer::aCorrectionDiffersUntilRetrained()
{
    SessionHarness annotator;
    QVERIFY2(annotator.connect(), qPrintable(annotator.why));
    QVERIFY2(talk(annotator, u"hello"_s), qPrintable(annotator.why));
    QVERIFY2(talk(annotator, u"totally fantastic"_s, u"mood_great"_s), qPrintable(annotator.why));
    const SessionData data = annotator.document->data();

    const Outcome before = replay(annotator.server.url(), data);
    QVERIFY2(before.finished, qPrintable(before.error));
    QCOMPARE(differing(before.sessions), QStringList{u"0/0/1"_s});
    QCOMPARE(turnAt(before.sessions, 0, 1).expectedIntent(), u"mood_great"_s);
    QVERIFY(turnAt(before.sessions, 0, 1).actionsAgree());

    FakeRasa::FakeRasaServer retrained;
    QVERIFY(serveCopy(retrained, u"3.6.2"_s,
                      {{u"data/nlu.yml"_s, u"    - so perfect\n"_s,
                        u"    - so perfect\n    - totally fantastic\n"_s}}));
    const Outcome after = replay(retrained.url(), data);
    QVERIFY2(after.finished, qPrintable(after.error));
    QCOMPARE(differing(after.sessions), QStringList());
}

void TestReplayer::oldSessionsAreReplayedNow()
{
    // Recorded a week ago: with the recorded times, the server would find
    // the session expired at every prediction and start a new one.
    SessionData data;
    QString why;
    QVERIFY2(annotate(u"3.6.2"_s, &data, &why), qPrintable(why));
    for (Conversation &conversation : data.conversations) {
        for (Event &event : conversation.events) {
            if (event.timestamp())
                event.setTimestamp(*event.timestamp() - 7 * 24 * 3600);
        }
    }
    FakeRasa::FakeRasaServer server;
    QVERIFY(serveCopy(server, u"3.6.2"_s, {}));
    const Outcome outcome = replay(server.url(), data);
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(differing(outcome.sessions), QStringList());
}

void TestReplayer::requestsInFlightAreBounded()
{
    SessionData data;
    QString why;
    QVERIFY2(annotate(u"3.6.2"_s, &data, &why), qPrintable(why));
    // Six parts: more than the most jobs tried.
    const QList<Conversation> two = data.conversations;
    for (int i = 0; i < 2; ++i)
        data.conversations += two;
    FakeRasa::FakeRasaServer server;
    QVERIFY(serveCopy(server, u"3.6.2"_s, {}));
    for (int jobs : {1, 2, 4}) {
        const Outcome outcome = replay(server.url(), data, jobs);
        QVERIFY2(outcome.finished, qPrintable(outcome.error));
        QCOMPARE(differing(outcome.sessions), QStringList());
        // The preflight is one request; then one per part at a time.
        QCOMPARE(outcome.maxActiveRequests, jobs);
    }
}

void TestReplayer::aServerThatGoesAwayFailsTheReplay()
{
    SessionData data;
    QString why;
    QVERIFY2(annotate(u"3.6.2"_s, &data, &why), qPrintable(why));
    FakeRasa::FakeRasaServer server;
    QVERIFY(serveCopy(server, u"3.6.2"_s, {}));
    int predictions = 0;
    connect(&server, &FakeRasa::FakeRasaServer::requestHandled, &server,
            [&](const QString &, const QString &path) {
                if (path.endsWith(u"/predict"_s) && ++predictions == 3)
                    server.close();
            });
    const QUrl url = server.url();
    const Outcome outcome = replay(url, data);
    QVERIFY(!outcome.finished);
    QVERIFY2(outcome.errorKind == ApiError::Kind::ConnectionRefused
                 || outcome.errorKind == ApiError::Kind::Transport,
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(url.toDisplayString()), qPrintable(outcome.error));
    int replayed = 0;
    for (const ReplayPart &part : outcome.sessions.first().parts) {
        for (const ReplayTurn &turn : part.turns)
            replayed += turn.replayed ? 1 : 0;
    }
    QVERIFY2(replayed < 6, qPrintable(QString::number(replayed)));
}

void TestReplayer::aServerWithoutModelFailsAtOnce()
{
    SessionData data;
    QString why;
    QVERIFY2(annotate(u"3.6.2"_s, &data, &why), qPrintable(why));
    FakeRasa::FakeRasaServer server;
    QVERIFY(serveCopy(server, u"3.6.2"_s, {}));
    server.setModelLoaded(false);
    const Outcome outcome = replay(server.url(), data);
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.errorKind, ApiError::Kind::Http);
    QVERIFY2(outcome.error.contains(u"409"_s), qPrintable(outcome.error));
    for (const FakeRasa::RecordedRequest &request : server.requests())
        QVERIFY2(!request.path.startsWith(u"/conversations/"_s), qPrintable(request.path));
}

QTEST_GUILESS_MAIN(TestReplayer)
#include "tst_replayer.moc"
