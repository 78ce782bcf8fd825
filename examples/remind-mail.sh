#!/bin/sh
# Mails the output of `tender remind` to ADDRESS, only when there is any.
#
#   remind-mail.sh ADDRESS [remind options…]     e.g. remind-mail.sh inkoop@regio.example.nl --within 14d
#
# Uses TENDER_DB (or ./tender.db) and `mail` (mailutils or bsd-mailx); set
# TENDER to the path of the binary and MAIL to another mailer if needed.
# Exits 1 (and cron reports it) when `tender remind` itself fails.
set -u
address=${1:?usage: remind-mail.sh ADDRESS [remind options]}
shift
tender=${TENDER:-tender}
mailer=${MAIL:-mail}

report=$("$tender" remind --exit-code "$@")
case $? in
    0) exit 0 ;;                                   # nothing due: no mail
    3) printf '%s\n' "$report" | "$mailer" -s "Aanbestedingen: termijnen en achterstallige stappen" "$address" ;;
    *) exit 1 ;;                                   # the error is on stderr, which cron mails
esac
