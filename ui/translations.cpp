#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

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

QTranslator *loadOurs(const QString &code)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
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
        QString code = explicitChoice.trimmed().toLower().left(2);
        if (isSupported(code))
            return code;
    }
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &language : uiLanguages) {
        QString code = language.toLower().left(2);
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
