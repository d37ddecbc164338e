#include "commandoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach::CommandOptions {

namespace {

//! The translation context of these messages (lupdate reads it).
struct CommandOptionsMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::CommandOptions)
};

} // namespace

Status parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
             QString &help)
{
    if (!parser.parse(QStringList{u"rasa-coach "_s + command} + arguments))
        return makeError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        // helpText() names the executable only; say which command it is.
        const QString text = parser.helpText();
        help = CommandOptionsMessages::tr("Usage: rasa-coach %1 [options]").arg(command)
            + text.mid(text.indexOf(u'\n'));
        return {};
    }
    if (!parser.positionalArguments().isEmpty())
        return makeError(CommandOptionsMessages::tr("unexpected argument \"%1\"")
                             .arg(parser.positionalArguments().constFirst()));
    return {};
}

} // namespace Coach::CommandOptions
