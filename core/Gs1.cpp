#include "Gs1.h"

#include <QCoreApplication>

namespace wh {

// First version: the interface only; the parser follows.

double Gs1Decimal::toDouble() const
{
    double v = double(units);
    for (int i = 0; i < places; ++i)
        v /= 10.0;
    return v;
}

QString Gs1Decimal::toString() const
{
    return QString::number(toDouble(), 'f', places);
}

bool Gs1Element::hasErrors() const
{
    for (const Gs1Issue &issue : issues)
        if (issue.severity == Gs1Severity::Error)
            return true;
    return false;
}

QString Gs1Element::typedText() const
{
    return {};
}

QString Gs1Element::hri() const
{
    return ai.isEmpty() ? value : QLatin1Char('(') + ai + QLatin1Char(')') + value;
}

bool Gs1Parse::isValid() const
{
    return false;
}

QStringList Gs1Parse::errors() const
{
    return {};
}

QStringList Gs1Parse::warnings() const
{
    return {};
}

const Gs1Element *Gs1Parse::element(QStringView ai) const
{
    for (const Gs1Element &e : elements)
        if (e.ai == ai)
            return &e;
    return nullptr;
}

QString Gs1Parse::hri() const
{
    QString out;
    for (const Gs1Element &e : elements)
        out += e.hri();
    return out;
}

QString Gs1Parse::elementString() const
{
    return {};
}

Gs1Parse parseGs1(const QString &text, const Gs1Options &)
{
    Gs1Parse parse;
    parse.input = text;
    parse.issues.append({Gs1Problem::NotGs1, Gs1Severity::Error,
                         QCoreApplication::translate("wh::Gs1", "not a GS1 element string")});
    return parse;
}

int gs1CheckDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool gs1CheckDigitValid(QStringView digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    const int expected = gs1CheckDigit(digitsWithCheck.first(digitsWithCheck.size() - 1));
    return expected >= 0 && digitsWithCheck.back() == QLatin1Char(char('0' + expected));
}

QString gs1AiTitle(QStringView)
{
    return {};
}

} // namespace wh
