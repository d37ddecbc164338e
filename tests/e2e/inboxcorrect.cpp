// coach-inbox-correct: the real-Rasa suite's annotator for "Correct it".
// Reads a conversation from a tracker store as the inbox does, answers its
// questions offline (OfflineCorrection) by a small script for the moodbot
// conversation of trackerstore.py, and saves a session whose export real
// Rasa must validate and train on (trackerstore.sh).
//
//   coach-inbox-correct --tracker-store URL --sender ID --domain domain.yml --out S.coach

#include "inbox/inboxsource.h"
#include "inbox/offlinecorrection.h"

#include "model/domain.h"
#include "session/sessiondocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! What the annotator says about a message NLU got wrong: its intent and
//! the actions the bot should have run before listening.
struct Answer
{
    QString intent;
    QStringList actions;
};

const QHash<QString, Answer> &script()
{
    static const QHash<QString, Answer> answers{
        {u"I am sad"_s, {u"mood_unhappy"_s, {u"utter_cheer_up"_s, u"utter_did_that_help"_s}}},
        {u"yes"_s, {u"affirm"_s, {u"utter_happy"_s}}},
    };
    return answers;
}

Status answer(OfflineCorrection &correction)
{
    QStringList pending;
    bool scripted = false;
    while (correction.step() != OfflineCorrection::Step::Done) {
        Status status;
        if (correction.step() == OfflineCorrection::Step::Nlu) {
            const auto found = script().constFind(correction.nluQuestion().text);
            scripted = found != script().cend();
            pending = scripted ? found->actions : QStringList();
            status = scripted ? correction.correctNlu(found->intent, {}) : correction.confirm();
        } else if (!pending.isEmpty()) {
            status = correction.chooseAction(pending.takeFirst());
        } else if (scripted) {
            status = correction.chooseAction(u"action_listen"_s); // the turn ends here
            scripted = false;
        } else {
            status = correction.confirm();
        }
        if (!status)
            return status;
    }
    return {};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "coach-inbox-correct: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"tracker-store"_s, u"URL"_s, u"url"_s},
                       {u"sender"_s, u"id"_s, u"id"_s},
                       {u"domain"_s, u"domain.yml"_s, u"file"_s},
                       {u"out"_s, u"session"_s, u"file"_s}});
    parser.process(app);
    const Result<TrackerStoreAddress> address =
        TrackerStoreAddress::fromUrl(parser.value(u"tracker-store"_s));
    const Result<Domain> domain = Domain::fromFile(parser.value(u"domain"_s));
    if (!address || !domain)
        return fail(address ? domain.error().toString() : address.error().toString());
    InboxSource source;
    if (const Status status = source.open(*address, qEnvironmentVariable("RASA_COACH_DB_PASSWORD"));
        !status)
        return fail(status.error().toString());
    const auto events = source.reader().readConversation(parser.value(u"sender"_s));
    if (!events || events->events.isEmpty())
        return fail(events ? u"no such conversation"_s : events.error().toString());
    OfflineCorrection correction(parser.value(u"sender"_s), events->events, *domain);
    if (const Status status = answer(correction); !status)
        return fail(status.error().toString());
    SessionDocument document;
    document.setDomain(domain->toJson());
    const Result<int> added = correction.commitTo(document);
    if (!added)
        return fail(added.error().toString());
    if (const Status saved = document.saveAs(parser.value(u"out"_s)); !saved)
        return fail(saved.error().toString());
    std::printf("coach-inbox-correct: %d turns answered, %lld corrected\n", correction.answered(),
                static_cast<long long>(correction.correctedIndexes().size()));
    return 0;
}
