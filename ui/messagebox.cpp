#include "messagebox.h"

#include <QAbstractButton>
#include <QPointer>

namespace Coach {

namespace {

struct State
{
    std::optional<MessageBox::Button> nextAnswer;
    std::optional<MessageBox::Button> defaultAnswer;
    QString lastText;
    MessageBox::Buttons lastButtons;
    QMap<MessageBox::Button, QString> lastButtonTexts;
    int shownCount = 0;
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton,
                                        const QMap<Button, QString> &buttonTexts)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, buttonTexts);
}

void MessageBox::setNextAnswer(Button answer)
{
    state().nextAnswer = answer;
}

void MessageBox::setDefaultAnswer(std::optional<Button> answer)
{
    state().defaultAnswer = answer;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

MessageBox::Buttons MessageBox::lastButtons()
{
    return state().lastButtons;
}

QMap<MessageBox::Button, QString> MessageBox::lastButtonTexts()
{
    return state().lastButtonTexts;
}

int MessageBox::shownCount()
{
    return state().shownCount;
}

void MessageBox::resetCounters()
{
    state().shownCount = 0;
    state().lastText.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton,
                                    const QMap<Button, QString> &buttonTexts)
{
    State &s = state();
    s.lastText = text;
    s.lastButtons = buttons;
    s.lastButtonTexts = buttonTexts;
    ++s.shownCount;
    if (s.nextAnswer) {
        const Button answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    if (s.defaultAnswer)
        return *s.defaultAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    const int result = box.exec();
    if (buttonTexts.isEmpty())
        return static_cast<Button>(result);
    // Which button it was, whatever exec() answers for relabelled buttons.
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::Cancel;
}

} // namespace Coach
