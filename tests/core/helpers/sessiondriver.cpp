// session-driver: a scripted annotator for crash tests.
//
//   session-driver --url http://127.0.0.1:PORT --recovery DIR --conversation ID
//
// Talks to a (fake) Rasa server through InteractiveSession with journaling
// on, forever: types messages, confirms or corrects NLU, confirms actions.
// After every change of the document that has reached the journal it prints
// `STEP <events>` (the number of events the document holds), so a test that
// kills this process knows what must be recoverable.

#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/sessionjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

struct Script
{
    InteractiveSession *session = nullptr;
    int messages = 0;
    int actionsThisTurn = 0;

    void onState(InteractiveSession::State state)
    {
        switch (state) {
        case InteractiveSession::State::AwaitingUserMessage: {
            static const QStringList texts{u"hello there"_s, u"/mood_great"_s, u"I am sad"_s,
                                           u"/affirm"_s, u"goodbye"_s, u"/greet"_s};
            actionsThisTurn = 0;
            (void)session->sendUserMessage(texts.at(messages++ % texts.size()));
            break;
        }
        case InteractiveSession::State::ConfirmingNlu:
            // Every third message is corrected, the rest confirmed.
            if (messages % 3 == 0 || !session->confirmNlu())
                (void)session->correctNlu(u"mood_unhappy"_s, {});
            break;
        case InteractiveSession::State::ConfirmingAction:
            if (++actionsThisTurn > 4)
                (void)session->chooseAction(u"action_listen"_s);
            else
                (void)session->confirmAction();
            break;
        case InteractiveSession::State::ConfirmingFormValidation:
            (void)session->answerFormValidation(true);
            break;
        case InteractiveSession::State::Failed:
            std::fprintf(stderr, "failed: %s\n", qPrintable(session->lastError().message));
            QCoreApplication::exit(2);
            break;
        default: break;
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"url"_s, u"Rasa server URL"_s, u"url"_s});
    parser.addOption({u"recovery"_s, u"Recovery folder"_s, u"folder"_s});
    parser.addOption({u"conversation"_s, u"Conversation id"_s, u"id"_s});
    parser.process(app);

    SessionJournal::setRecoveryDirectory(parser.value(u"recovery"_s));
    SessionDocument document;
    document.setJournalEnabled(true);
    document.setAutosaveDelay(40); // snapshots happen often, so kills hit them too
    InteractiveSession session(&document);
    Script script{&session};
    // Queued: the document journals a change after announcing it, so report
    // once the current step has returned to the event loop.
    QObject::connect(
        &document, &SessionDocument::eventsAppended, &app,
        [&document](int conversation) {
            std::printf("STEP %d\n", int(document.conversation(conversation).events.size()));
            std::fflush(stdout);
        },
        Qt::QueuedConnection);
    QObject::connect(&session, &InteractiveSession::stateChanged, &app,
                     [&script, &session](InteractiveSession::State) { script.onState(session.state()); },
                     Qt::QueuedConnection);
    ConnectionSettings settings;
    settings.serverUrl = QUrl(parser.value(u"url"_s));
    settings.conversationId = parser.value(u"conversation"_s);
    settings.requestTimeout = std::chrono::seconds(20);
    if (!session.connectToServer(settings))
        return 3;
    return app.exec();
}
