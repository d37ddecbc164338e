#include "inboxcommand.h"

#include "inbox/envinterpolation.h"
#include "inbox/inboxfilter.h"
#include "inbox/inboxsource.h"
#include "inboxoutput.h"
#include "terminalpassword.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct InboxCommandMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::InboxCommand)
};

enum ExitCode { Done = 0, BadInput = 1, StoreFailed = 2 };

PasswordLookup &passwordLookup()
{
    static PasswordLookup lookup;
    return lookup;
}

struct Options
{
    TrackerStoreAddress address;
    InboxFilter filter;
    qsizetype limit = std::numeric_limits<qsizetype>::max();
    bool csv = false;
    bool cache = true;
};

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"tracker-store"_s,
         InboxCommandMessages::tr(
             "The tracker store: postgresql://USER@HOST:PORT/DB or sqlite:///PATH."),
         u"url"_s},
        {u"endpoints"_s,
         InboxCommandMessages::tr("The bot's endpoints.yml (its tracker_store section)."),
         u"file"_s},
        {u"intent"_s,
         InboxCommandMessages::tr(
             "Conversations with a user message of this intent; repeatable (any of)."),
         u"name"_s},
        {u"action"_s,
         InboxCommandMessages::tr("Conversations in which this action ran; repeatable (any of)."),
         u"name"_s},
        {u"below"_s,
         InboxCommandMessages::tr("Conversations whose lowest intent confidence is below C."),
         u"C"_s},
        {u"since"_s,
         InboxCommandMessages::tr("Conversations whose last event is at or after this time (UTC)."),
         u"ISO8601"_s},
        {u"until"_s,
         InboxCommandMessages::tr(
             "Conversations whose last event is at or before this time (UTC)."),
         u"ISO8601"_s},
        {u"min-turns"_s, InboxCommandMessages::tr("Conversations with at least N user messages."),
         u"N"_s},
        {u"text"_s,
         InboxCommandMessages::tr("Conversations with a user message containing S (any case)."),
         u"S"_s},
        {u"limit"_s, InboxCommandMessages::tr("Print at most N conversations (after sorting)."),
         u"N"_s},
        {u"format"_s, InboxCommandMessages::tr("Output format: json or csv."), u"format"_s},
        {u"no-cache"_s,
         InboxCommandMessages::tr("Neither read nor write the app's cache of the store.")},
    });
    parser.addHelpOption();
}

Result<int> nonNegative(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        return makeError(
            InboxCommandMessages::tr("--%1 needs a whole number of 0 or more").arg(name));
    return value;
}

Result<TrackerStoreAddress> readAddress(const QCommandLineParser &parser)
{
    const bool url = parser.isSet(u"tracker-store"_s);
    if (url == parser.isSet(u"endpoints"_s))
        return makeError(
            InboxCommandMessages::tr("give either --tracker-store URL or --endpoints FILE"));
    if (url)
        return TrackerStoreAddress::fromUrl(parser.value(u"tracker-store"_s));
    return TrackerStoreAddress::fromEndpoints(parser.value(u"endpoints"_s), EnvInterpolation());
}

Status readFilter(const QCommandLineParser &parser, InboxFilter &filter)
{
    filter.intents = parser.values(u"intent"_s);
    filter.actions = parser.values(u"action"_s);
    filter.text = parser.value(u"text"_s);
    if (parser.isSet(u"below"_s)) {
        bool ok = false;
        filter.below = parser.value(u"below"_s).toDouble(&ok);
        if (!ok)
            return makeError(InboxCommandMessages::tr("--below needs a number"));
    }
    for (const auto &[name, target] :
         {std::pair{u"since"_s, &filter.since}, std::pair{u"until"_s, &filter.until}}) {
        if (!parser.isSet(name))
            continue;
        Result<double> time = InboxQuery::parseTimestamp(parser.value(name));
        if (!time)
            return makeError(u"--%1: %2"_s.arg(name, time.error().message));
        *target = *time;
    }
    if (parser.isSet(u"min-turns"_s)) {
        Result<int> turns = nonNegative(parser, u"min-turns"_s);
        if (!turns)
            return turns.error();
        filter.minTurns = *turns;
    }
    return {};
}

Result<Options> readOptions(const QCommandLineParser &parser)
{
    Options options;
    const QString format = parser.value(u"format"_s);
    if (format != u"json" && format != u"csv")
        return makeError(InboxCommandMessages::tr("give --format json or --format csv"));
    options.csv = format == u"csv";
    options.cache = !parser.isSet(u"no-cache"_s);
    if (parser.isSet(u"limit"_s)) {
        Result<int> limit = nonNegative(parser, u"limit"_s);
        if (!limit)
            return limit.error();
        options.limit = *limit;
    }
    if (Status status = readFilter(parser, options.filter); !status)
        return status.error();
    Result<TrackerStoreAddress> address = readAddress(parser);
    if (!address)
        return address.error();
    options.address = *address;
    return options;
}

//! Opens the store, asking for a password only when PostgreSQL wants one.
Status openSource(InboxSource &source, const Options &options)
{
    const QString cacheFile =
        options.cache ? InboxSource::defaultCacheFile(options.address) : QString();
    QString password = qEnvironmentVariable("RASA_COACH_DB_PASSWORD");
    Status status = source.open(options.address, password, cacheFile);
    if (status || !source.needsPassword() || !password.isEmpty()
        || !options.address.password.isEmpty())
        return status;
    if (passwordLookup())
        password = passwordLookup()(options.address);
    if (password.isEmpty()) {
        const std::optional<QString> typed = readPasswordFromTerminal(
            InboxCommandMessages::tr("Password for %1: ").arg(options.address.displayName()));
        if (!typed)
            return makeError(InboxCommandMessages::tr("%1 (set RASA_COACH_DB_PASSWORD)")
                                 .arg(status.error().message),
                             status.error().where);
        password = *typed;
    }
    return source.open(options.address, password, cacheFile);
}

} // namespace

void setInboxPasswordLookup(PasswordLookup lookup)
{
    passwordLookup() = std::move(lookup);
}

int runInboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &errors)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{u"rasa-coach inbox"_s} + arguments)) {
        errors << "rasa-coach inbox: " << parser.errorText() << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Done;
    }
    Result<Options> options = readOptions(parser);
    if (!options) {
        errors << "rasa-coach inbox: " << options.error().toString() << Qt::endl;
        return BadInput;
    }
    InboxSource source;
    Status status = openSource(source, *options);
    Result<InboxSource::RefreshStats> refreshed =
        status ? source.refresh() : Result<InboxSource::RefreshStats>(status.error());
    if (!refreshed) {
        errors << "rasa-coach inbox: " << refreshed.error().toString() << Qt::endl;
        return StoreFailed;
    }
    const QList<int> matches = InboxQuery::run(source.index(), options->filter);
    out << (options->csv ? InboxOutput::csv(source.index(), matches, options->limit)
                         : InboxOutput::json(source.index(), matches, options->limit));
    out.flush();
    return Done;
}

int runInboxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream errors(stderr);
    return runInboxCommand(arguments, out, errors);
}

} // namespace Coach
