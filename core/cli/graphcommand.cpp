#include "graphcommand.h"

#include "commandoptions.h"

#include "graph/graphbuilder.h"
#include "graph/graphexport.h"
#include "graph/graphinput.h"
#include "graph/graphrenderer.h"
#include "graph/graphsessionsource.h"
#include "graph/storyexpander.h"
#include "model/domain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <climits>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct GraphCommandMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::GraphCommand)
};

enum ExitCode { Done = 0, BadInput = 1, WriteFailed = 2 };

struct Arguments
{
    QStringList stories;
    QString domain;
    QString session;
    int maxHistory = 2;
    QString format;
    QString output;
    QString help; //!< set when --help was asked for: print it, do nothing else
};

Result<Arguments> parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        GraphCommandMessages::tr("Draw the story graph of a bot's training stories "
                                 "(and a session's conversations)."));
    parser.addHelpOption();
    parser.addOptions({
        {u"stories"_s,
         GraphCommandMessages::tr("A story/rule file or a folder of them; repeatable."), u"path"_s},
        {u"domain"_s, GraphCommandMessages::tr("The bot's domain.yml."), u"file"_s},
        {u"session"_s,
         GraphCommandMessages::tr("A Rasa Coach session (*.coach) whose conversations to add."),
         u"file"_s},
        {u"max-history"_s,
         GraphCommandMessages::tr("Rasa's max_history for merging nodes (default 2)."), u"n"_s},
        {u"format"_s, GraphCommandMessages::tr("json, dot or svg."), u"format"_s},
        {u"output"_s, GraphCommandMessages::tr("The file to write."), u"path"_s},
    });
    Arguments result;
    if (Status parsed = CommandOptions::parse(parser, u"graph"_s, arguments, result.help); !parsed)
        return parsed.error();
    if (!result.help.isEmpty())
        return result;
    result.stories = parser.values(u"stories"_s);
    result.domain = parser.value(u"domain"_s);
    result.session = parser.value(u"session"_s);
    result.format = parser.value(u"format"_s).toLower();
    result.output = parser.value(u"output"_s);
    if (result.stories.isEmpty())
        return makeError(GraphCommandMessages::tr("--stories is required"));
    if (result.domain.isEmpty())
        return makeError(GraphCommandMessages::tr("--domain is required"));
    if (result.output.isEmpty())
        return makeError(GraphCommandMessages::tr("--output is required"));
    if (!QStringList{u"json"_s, u"dot"_s, u"svg"_s}.contains(result.format))
        return makeError(GraphCommandMessages::tr("--format must be json, dot or svg"));
    if (parser.isSet(u"max-history"_s)) {
        bool ok = false;
        result.maxHistory = parser.value(u"max-history"_s).toInt(&ok);
        if (!ok || result.maxHistory < 2 || result.maxHistory > 10)
            return makeError(
                GraphCommandMessages::tr("--max-history must be a number from 2 to 10"));
    }
    return result;
}

} // namespace

namespace {

Result<QByteArray> render(const StoryGraph &graph, const QString &format)
{
    if (format == u"json"_s)
        return GraphExport::toJsonText(graph);
    if (format == u"dot"_s)
        return GraphExport::toDot(graph);
    GraphRenderer::Options options;
    options.maxNodes = INT_MAX; // the command draws everything it is given
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(graph, options);
    if (!rendered)
        return makeError(GraphCommandMessages::tr("the layout was interrupted"));
    return rendered->svg;
}

Result<StoryGraph> buildGraph(const Arguments &arguments)
{
    const Result<Domain> domain = Domain::fromFile(arguments.domain);
    if (!domain)
        return domain.error().where.isEmpty() ? makeError(domain.error().message, arguments.domain)
                                              : domain.error();
    const Result<StorySteps> steps = readGraphStories(arguments.stories, *domain);
    if (!steps)
        return steps.error();
    GraphSessionData session;
    if (!arguments.session.isEmpty()) {
        Result<GraphSessionData> loaded = GraphSessionSource::load(arguments.session);
        if (!loaded)
            return loaded.error().where.isEmpty()
                ? makeError(loaded.error().message, arguments.session)
                : loaded.error();
        session = *loaded;
    }
    GraphStrings strings;
    ExpansionOptions expansion;
    expansion.trackerLimit = arguments.session.isEmpty() ? 100 : 0;
    const Result<ExpandedStories> expanded = StoryExpander(strings, expansion).expand(*steps);
    if (!expanded)
        return makeError(expanded.error().message, arguments.stories.join(u", "_s));
    QList<GraphSequence> conversations;
    int current = -1;
    for (int i = 0; i < session.conversations.size(); ++i) {
        const QList<GraphSequence> parts =
            GraphSequences::conversationParts(session.conversations.at(i).events, i, strings, true);
        conversations.append(parts);
        if (i == session.currentConversation && !parts.isEmpty())
            current = int(expanded->sequences.size() + conversations.size() - 1);
    }
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded->sequences)
        sequences.append(&sequence);
    for (const GraphSequence &sequence : std::as_const(conversations))
        sequences.append(&sequence);
    GraphBuildOptions options;
    options.maxHistory = arguments.maxHistory;
    return *GraphBuilder(strings).build(sequences, current, options);
}

} // namespace

int runGraphCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    return runGraphCommand(arguments, err);
}

int runGraphCommand(const QStringList &arguments, QTextStream &err)
{
    const Result<Arguments> parsed = parseArguments(arguments);
    if (!parsed) {
        err << u"rasa-coach graph: "_s << parsed.error().toString() << Qt::endl;
        return BadInput;
    }
    if (!parsed->help.isEmpty()) {
        QTextStream(stdout) << parsed->help;
        return Done;
    }
    const Result<StoryGraph> graph = buildGraph(*parsed);
    if (!graph) {
        err << graph.error().toString() << Qt::endl;
        return BadInput;
    }
    const Result<QByteArray> bytes = render(*graph, parsed->format);
    if (!bytes) {
        err << bytes.error().toString() << Qt::endl;
        return BadInput;
    }
    QSaveFile file(parsed->output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        err << parsed->output << u": "_s << file.errorString() << Qt::endl;
        return WriteFailed;
    }
    return Done;
}

} // namespace Coach
