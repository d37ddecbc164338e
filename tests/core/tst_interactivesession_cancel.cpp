#include "core/helpers/sessionharness.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;
using Fault = FakeRasa::Fault;

// Cancel after a failure returns to the question before the failed step
// (or to Offline when there is none) and the session goes on from there;
// connecting says what it waits for; the bot's buttons come back after an
// undo or a fork.
class TestInteractiveSessionCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelAfterFailedMessageListensAgain()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        h.server.addFault(Fault::httpError(u"POST"_s, u"/messages$"_s, 500, u"ConversationError"_s,
                                           u"Database unavailable"_s, 1));
        QVERIFY(h.session->sendUserMessage(u"hello"_s));
        QVERIFY(h.reach(State::Failed));
        h.session->cancel();
        QCOMPARE(h.session->state(), State::AwaitingUserMessage);
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QCOMPARE(h.session->nluQuestion()->text, u"hello"_s);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void cancelAfterFailedCorrectionAsksAgain()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        h.server.addFault(
            Fault::httpError(u"POST"_s, u"/tracker/events"_s, 500, u"Error"_s, u"down"_s, 1));
        QSignalSpy asked(h.session.get(), &InteractiveSession::nluQuestionAsked);
        QVERIFY(h.session->correctNlu(u"mood_great"_s, {}));
        QVERIFY(h.reach(State::Failed));
        h.session->cancel();
        QCOMPARE(h.session->state(), State::ConfirmingNlu);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(h.session->nluQuestion()->text, u"hello"_s);
        QVERIFY(h.session->correctNlu(u"mood_great"_s, {}));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void cancelAfterFailedActionAsksAgain()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        const ActionQuestion question = *h.session->actionQuestion();
        h.server.addFault(Fault::httpError(u"POST"_s, u"/execute$"_s, 500, u"ActionError"_s,
                                           u"action server down"_s, 1));
        QVERIFY(h.session->confirmAction());
        QVERIFY(h.reach(State::Failed));
        h.session->cancel();
        QCOMPARE(h.session->state(), State::ConfirmingAction);
        QCOMPARE(h.session->actionQuestion()->action, question.action);
        QCOMPARE(h.session->actionQuestion()->predictions.size(), question.predictions.size());
        QVERIFY(h.session->confirmAction());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.listenNow());
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void cancelWithoutAQuestionGoesOffline()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        // The action runs, then predicting the next one fails: no question
        // was asked about the step after it.
        h.server.addFault(Fault::httpError(u"POST"_s, u"/predict$"_s, 500, u"Error"_s, u"down"_s));
        QVERIFY(h.session->confirmAction());
        QVERIFY(h.reach(State::Failed));
        const QJsonArray kept = h.documentEvents();
        h.session->cancel();
        QCOMPARE(h.session->state(), State::Offline);
        QCOMPARE(h.documentEvents(), kept); // nothing is lost
        h.server.clearFaults();
        QVERIFY(h.session->connectToServer(h.settings()));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
    }

    void connectingSaysWhyAndCancelStops()
    {
        SessionHarness h;
        QTcpSocket refusing; // bound, never listening: connections are refused
        QVERIFY(refusing.bind(QHostAddress::LocalHost, 0));
        ConnectionSettings settings = h.settings();
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(refusing.localPort()));
        QSignalSpy progress(h.session.get(), &InteractiveSession::connectionProgressed);
        QVERIFY(h.session->connectToServer(settings));
        QCOMPARE(h.session->state(), State::Connecting);
        QVERIFY(progress.wait(10000));
        const ConnectionProgress now = h.session->connectionProgress();
        QVERIFY2(now.lastProblem.contains(u"nothing is listening"_s), qPrintable(now.lastProblem));
        QVERIFY(now.serverUrl.contains(QString::number(refusing.localPort())));
        QVERIFY(!now.stage.isEmpty());
        QVERIFY(now.attempts >= 1);
        h.session->cancel();
        QCOMPARE(h.session->state(), State::Disconnected);
    }

    void cancelAfterFailedConnectGoesBack()
    {
        SessionHarness h;
        ConnectionSettings settings = h.settings();
        h.server.setAuthToken(u"secret"_s); // 401: waiting would not help, connecting fails
        QVERIFY(h.session->connectToServer(settings));
        QVERIFY(h.reach(State::Failed) || h.session->state() == State::Failed);
        h.session->cancel();
        QCOMPARE(h.session->state(), State::Disconnected);
    }

    void buttonsComeBackAfterUndoAndFork()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why)); // utter_greet offers two buttons
        QVERIFY(h.session->buttonQuestion().has_value());
        QVERIFY(h.session->undo()); // the bot's last action, asked again
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY(h.session->buttonQuestion().has_value());
        QCOMPARE(h.session->buttonQuestion()->buttons.size(), 2);

        QVERIFY2(h.say(u"/mood_great"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QVERIFY(h.session->undo()); // back to before the last action
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.session->undo()); // and the message: the greeting's buttons again
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.session->buttonQuestion()->buttons.size(), 2);

        QVERIFY2(h.say(u"/mood_great"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        const ForkPoint newest = h.session->forkPoints().first();
        QVERIFY(h.session->fork(newest.eventIndex));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY(h.session->buttonQuestion().has_value());
        QCOMPARE(h.session->buttonQuestion()->buttons.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSessionCancel)
#include "tst_interactivesession_cancel.moc"
