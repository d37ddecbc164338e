// replay-annotator: the annotator of the real-Rasa replay scenario
// (tests/e2e/replay.sh).
//
//   replay-annotator URL TOKEN-VARIABLE OUT.coach
//
// Talks to a moodbot server: "hello", then a message the model has never
// seen, whose intent the annotator corrects to one the model did not
// predict, then "bye"; every predicted action is confirmed. Saves the
// session to OUT.coach and prints `corrected: <text> <intent>`. Exit code 0,
// or 2 with the reason on stderr.

#include "core/helpers/replayfixtures.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "replay-annotator: %s\n", qPrintable(why));
    return 2;
}

//! Sends `text` and corrects its intent to the first of `candidates` the
//! model did not predict; the corrected intent, empty on failure.
QString correctedTurn(Testing::ScriptedAnnotator &annotator, const QString &text)
{
    if (!annotator.say(text))
        return {};
    const QString predicted = annotator.session->nluQuestion()->intent;
    const QString intent = predicted == u"mood_great"_s ? u"affirm"_s : u"mood_great"_s;
    if (const Status status = annotator.session->correctNlu(intent, {}); !status) {
        annotator.why = status.error().toString();
        return {};
    }
    if (!annotator.reach(InteractiveSession::State::ConfirmingAction))
        return {};
    annotator.confirmUntilListening();
    return annotator.session->state() == InteractiveSession::State::AwaitingUserMessage ? intent
                                                                                        : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(u"usage: replay-annotator URL TOKEN-VARIABLE OUT.coach"_s);
    Testing::ScriptedAnnotator annotator;
    annotator.serverUrl = QUrl(args.at(1));
    annotator.authToken = qEnvironmentVariable(qPrintable(args.at(2)));
    annotator.stepTimeoutMs = 120000; // a real server on a busy machine
    if (!annotator.connect() || !Testing::talk(annotator, u"hello"_s))
        return fail(annotator.why);
    const QString text = u"that is splendid news to me"_s;
    const QString intent = correctedTurn(annotator, text);
    if (intent.isEmpty() || !Testing::talk(annotator, u"bye"_s))
        return fail(annotator.why);
    if (const Status saved = annotator.document->saveAs(args.at(3)); !saved)
        return fail(saved.error().toString());
    std::printf("corrected: %s %s\n", qPrintable(text), qPrintable(intent));
    return 0;
}
