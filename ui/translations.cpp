#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

struct Installed
{
    QString code = u"en"_s;
    QList<QPointer<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed().translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().translators.clear();
    installed().code = u"en"_s;
}

// Many core files translate through a file-local helper such as
// `tr(text) -> QCoreApplication::translate("Coach::Exporter", text)`; lupdate
// cannot see through it and files the text under the enclosing scope
// ("Coach" or the class whose method calls it). When the exact context has
// no translation, this translator looks the text up in the other contexts
// of the same .ts file (only for our own "Coach…" and "main" contexts).
class ContextFallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    void setContexts(const QStringList &contexts)
    {
        m_contexts.clear();
        for (const QString &context : contexts)
            m_contexts.append(context.toUtf8());
    }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        const QByteArrayView requested(context ? context : "");
        if (!exact.isNull() || !(requested.startsWith("Coach") || requested == "main"))
            return exact;
        for (const QByteArray &other : m_contexts) {
            QString found =
                QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!found.isNull())
                return found;
        }
        return exact;
    }

private:
    QList<QByteArray> m_contexts;
};

//! The <context><name> entries of an embedded .ts file.
QStringList contextsOf(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList contexts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"context"
            && xml.readNextStartElement() && xml.name() == u"name")
            contexts.append(xml.readElementText());
    }
    return contexts;
}

QTranslator *loadOurs(const QString &code)
{
    auto *translator = new ContextFallbackTranslator(QCoreApplication::instance());
    translator->setContexts(contextsOf(u":/i18n/source/rasa-coach_%1.ts"_s.arg(code)));
    if (translator->load(Translations::resourcePath(code))
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

QTranslator *loadTranslator(const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}};
}

bool Translations::isSupported(const QString &code)
{
    const QList<Language> languages = available();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&code](const Language &language) { return language.code == code; });
}

QString Translations::choose(const QString &override, const QString &setting, const QLocale &system)
{
    for (const QString &explicitChoice : {override, setting}) {
        const QString code = explicitChoice.trimmed().toLower().left(2);
        if (isSupported(code))
            return code;
    }
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &language : uiLanguages) {
        const QString code = language.toLower().left(2);
        if (isSupported(code))
            return code;
    }
    return u"en"_s;
}

QString Translations::resourcePath(const QString &code)
{
    return u":/i18n/rasa-coach_%1.qm"_s.arg(code);
}

bool Translations::install(const QString &code)
{
    removeInstalled();
    if (code == u"en")
        return true;
    if (!isSupported(code))
        return false;
    QTranslator *ours = loadOurs(code);
    if (!ours)
        return false;
    installed().translators.append(ours);
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    if (QTranslator *qt = loadTranslator(u"qtbase_%1"_s.arg(code),
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().translators.append(qt);
    installed().code = code;
    return true;
}

QString Translations::current()
{
    return installed().code;
}

} // namespace Coach
