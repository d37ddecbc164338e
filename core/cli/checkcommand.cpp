#include "checkcommand.h"

#include "commandoptions.h"
#include "conflicts/conflictchecker.h"

#include "export/storybuilder.h"
#include "session/sessionformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct CheckCommandMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::CheckCommand)
};

enum ExitCode { Done = 0, ConflictsFound = 1, BadInput = 2 };

struct Arguments
{
    QString project;
    QString session;
    std::optional<int> maxHistory;
    bool json = false;
    bool failOnConflicts = false;
    QString help; //!< set when --help was asked for
};

Result<Arguments> parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckCommandMessages::tr("Find story structure conflicts as Rasa's \"rasa data "
                                 "validate stories\" does."));
    parser.addHelpOption();
    parser.addOptions({
        {u"project"_s, CheckCommandMessages::tr("The bot project (domain.yml, data/, config.yml)."),
         u"dir"_s},
        {u"session"_s,
         CheckCommandMessages::tr(
             "A Rasa Coach session (*.coach) whose conversations to check too."),
         u"file"_s},
        {u"max-history"_s,
         CheckCommandMessages::tr("How many states before an action count (default: config.yml's "
                                  "policies, else all)."),
         u"n"_s},
        {u"format"_s, CheckCommandMessages::tr("text (Rasa's messages) or json."), u"format"_s},
        {u"fail-on-conflicts"_s, CheckCommandMessages::tr("Exit with 1 when there are conflicts.")},
    });
    Arguments result;
    if (Status parsed = CommandOptions::parse(parser, u"check"_s, arguments, result.help); !parsed)
        return parsed.error();
    if (!result.help.isEmpty())
        return result;
    result.project = parser.value(u"project"_s);
    result.session = parser.value(u"session"_s);
    result.failOnConflicts = parser.isSet(u"fail-on-conflicts"_s);
    if (result.project.isEmpty())
        return makeError(CheckCommandMessages::tr("--project is required"));
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"text"_s;
    if (format != "text"_L1 && format != "json"_L1)
        return makeError(CheckCommandMessages::tr("--format must be text or json"));
    result.json = format == "json"_L1;
    if (parser.isSet(u"max-history"_s)) {
        bool ok = false;
        const int value = parser.value(u"max-history"_s).toInt(&ok);
        if (!ok || value < 1)
            return makeError(CheckCommandMessages::tr("--max-history must be a positive number"));
        result.maxHistory = value;
    }
    return result;
}

//! The session's conversations as the export would write them into the
//! project, numbered after its stories.
Result<StorySteps> sessionStories(const QString &file, const ConflictProject &project)
{
    Result<SessionData> session = SessionFormat::readFile(file);
    if (!session)
        return session.error().where.isEmpty() ? makeError(session.error().message, file)
                                               : session.error();
    QList<ExportConversation> conversations;
    for (const Conversation &conversation : session->conversations)
        conversations.append(ExportConversation{conversation.id, conversation.events});
    return conversationStories(conversations, project.storyNames());
}

QJsonObject toJson(const QList<StoryConflict> &conflicts, std::optional<int> maxHistory)
{
    QJsonArray list;
    for (const StoryConflict &conflict : conflicts) {
        QStringList stories, actions;
        for (const StoryConflict::Action &action : conflict.actions) {
            actions.append(action.name);
            for (const QString &story : action.stories()) {
                if (!stories.contains(story))
                    stories.append(story);
            }
        }
        list.append(QJsonObject{{u"stories"_s, QJsonArray::fromStringList(stories)},
                                {u"actions"_s, QJsonArray::fromStringList(actions)},
                                {u"state"_s, conflict.stateText()}});
    }
    return {{u"max_history"_s, maxHistory ? QJsonValue(*maxHistory) : QJsonValue()},
            {u"conflicts"_s, list}};
}

void printText(const QList<StoryConflict> &conflicts, const MaxHistory &history, QTextStream &out)
{
    out << CheckCommandMessages::tr("rasa-coach check: %1").arg(history.describe()) << '\n';
    // Rasa's own wording (not translated): scripts compare it with Rasa's.
    out << (history.value ? u"Considering the preceding %1 turns for conflict analysis.\n"_s.arg(
                *history.value)
                          : u"Considering all preceding turns for conflict analysis.\n"_s);
    for (const StoryConflict &conflict : conflicts)
        out << conflict.rasaMessage() << '\n';
    if (conflicts.isEmpty())
        out << "No story structure conflicts found.\n";
    else
        out << CheckCommandMessages::tr("Story structure conflicts found: %1.")
                   .arg(conflicts.size())
            << '\n';
}

int fail(QTextStream &errors, const Error &error)
{
    errors << "rasa-coach check: " << error.toString() << Qt::endl;
    return BadInput;
}

int run(const Arguments &arguments, QTextStream &out, QTextStream &errors)
{
    Result<ConflictProject> project = ConflictProject::load(arguments.project);
    if (!project)
        return fail(errors, project.error());
    if (!arguments.session.isEmpty()) {
        Result<StorySteps> stories = sessionStories(arguments.session, *project);
        if (!stories)
            return fail(errors, stories.error());
        project.value().steps += *stories;
    }
    MaxHistory history = project->configMaxHistory;
    if (arguments.maxHistory)
        history = MaxHistory{arguments.maxHistory, MaxHistory::Source::Option, {}};
    Result<std::unique_ptr<ConflictChecker>> checker =
        ConflictChecker::create(*project, history.value);
    if (!checker)
        return fail(errors, checker.error());
    const QList<StoryConflict> conflicts = (*checker)->conflicts();
    if (arguments.json) {
        errors << CheckCommandMessages::tr("rasa-coach check: %1").arg(history.describe())
               << Qt::endl;
        out << QJsonDocument(toJson(conflicts, history.value)).toJson(QJsonDocument::Indented);
    } else {
        printText(conflicts, history, out);
    }
    out.flush();
    return arguments.failOnConflicts && !conflicts.isEmpty() ? ConflictsFound : Done;
}

} // namespace

int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &errors)
{
    const Result<Arguments> parsed = parseArguments(arguments);
    if (!parsed) {
        errors << "rasa-coach check: " << parsed.error().toString() << '\n'
               << CheckCommandMessages::tr("Try \"rasa-coach check --help\".") << Qt::endl;
        return BadInput;
    }
    if (!parsed->help.isEmpty()) {
        out << parsed->help;
        out.flush();
        return Done;
    }
    return run(*parsed, out, errors);
}

int runCheckCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream errors(stderr);
    return runCheckCommand(arguments, out, errors);
}

} // namespace Coach
