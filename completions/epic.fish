# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_epic_global_optspecs
    string join \n o/format= fields= delimiter= wide database-url= server= ca= color= q/quiet print-id yes h/help V/version
end

function __fish_epic_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_epic_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_epic_using_subcommand
    set -l cmd (__fish_epic_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c epic -n "__fish_epic_needs_command" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_needs_command" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_needs_command" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_needs_command" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_needs_command" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_needs_command" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_needs_command" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_needs_command" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_needs_command" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_needs_command" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_needs_command" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_needs_command" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_needs_command" -f -a "init" -d 'Create the database schema, its signing secret and the first management employee'
complete -c epic -n "__fish_epic_needs_command" -f -a "login" -d 'Log in and keep the session token in the system keyring'
complete -c epic -n "__fish_epic_needs_command" -f -a "logout" -d 'End this session (or all of yours with --all) and forget its token'
complete -c epic -n "__fish_epic_needs_command" -f -a "whoami" -d 'Show who you are logged in as'
complete -c epic -n "__fish_epic_needs_command" -f -a "password" -d 'Change your password'
complete -c epic -n "__fish_epic_needs_command" -f -a "auth" -d 'Inspect your session'
complete -c epic -n "__fish_epic_needs_command" -f -a "employee" -d 'Staff accounts (management)'
complete -c epic -n "__fish_epic_needs_command" -f -a "client" -d 'Clients and their sales contacts'
complete -c epic -n "__fish_epic_needs_command" -f -a "contract" -d 'Contracts: amounts, payments, signatures'
complete -c epic -n "__fish_epic_needs_command" -f -a "event" -d 'Events and their support contacts'
complete -c epic -n "__fish_epic_needs_command" -f -a "notification" -d 'Your notifications about events'
complete -c epic -n "__fish_epic_needs_command" -f -a "calendar" -d 'Your events in your calendar application: a secret subscription URL'
complete -c epic -n "__fish_epic_needs_command" -f -a "report" -d 'Reports for people and cron jobs: revenue, unpaid contracts, upcoming events, events per month'
complete -c epic -n "__fish_epic_needs_command" -f -a "audit" -d 'The log of every change (management)'
complete -c epic -n "__fish_epic_needs_command" -f -a "demo" -d 'Build a demo database and play the brief\'s story in it (never touches your data)'
complete -c epic -n "__fish_epic_needs_command" -f -a "config" -d 'Read and change settings in the config file'
complete -c epic -n "__fish_epic_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c epic -n "__fish_epic_needs_command" -f -a "help" -d 'Help on a command, or a topic: environment, formatting, exit-codes'
complete -c epic -n "__fish_epic_needs_command" -f -a "man" -d 'Write the man pages'
complete -c epic -n "__fish_epic_needs_command" -f -a "db" -d 'Apply or inspect database migrations'
complete -c epic -n "__fish_epic_needs_command" -f -a "serve" -d 'Serve the HTTP API in front of the database, for a team\'s `epic --server`'
complete -c epic -n "__fish_epic_using_subcommand init" -l name -d 'Full name of the first management employee' -r
complete -c epic -n "__fish_epic_using_subcommand init" -l email -d 'Email of the first management employee' -r
complete -c epic -n "__fish_epic_using_subcommand init" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand init" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand init" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand init" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand init" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand init" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand init" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand init" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c epic -n "__fish_epic_using_subcommand init" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand init" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand init" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand init" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand init" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand login" -l email -d 'Your email (asked on a terminal when missing)' -r
complete -c epic -n "__fish_epic_using_subcommand login" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand login" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand login" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand login" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand login" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand login" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand login" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c epic -n "__fish_epic_using_subcommand login" -l print-token -d 'Print the token on stdout instead of storing it (use it as EPIC_TOKEN)'
complete -c epic -n "__fish_epic_using_subcommand login" -l insecure-storage -d 'Keep the token in a file only you can read, when no keyring is available'
complete -c epic -n "__fish_epic_using_subcommand login" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand login" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand login" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand login" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand login" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand logout" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand logout" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand logout" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand logout" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand logout" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand logout" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand logout" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand logout" -l all -d 'End every session of yours, on every machine'
complete -c epic -n "__fish_epic_using_subcommand logout" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand logout" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand logout" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand logout" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand logout" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand whoami" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand whoami" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand whoami" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand whoami" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand whoami" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand whoami" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand whoami" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand whoami" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand whoami" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand whoami" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand whoami" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand password; and not __fish_seen_subcommand_from change" -f -a "change" -d 'Change your own password; your other sessions end, this one stays'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l password-stdin -d 'Read two lines from standard input: the current password, then the new one'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand password; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -f -a "status" -d 'Whether you are logged in, as whom, until when and where the token comes from (exit 4 if not)'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -f -a "can-i" -d 'May you do this? Prints yes or no and exits 0 or 5'
complete -c epic -n "__fish_epic_using_subcommand auth; and not __fish_seen_subcommand_from status can-i token" -f -a "token" -d 'Print the current session token, for scripts (it is a secret)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "list" -d 'List employees (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "show" -d 'Show one employee (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "create" -d 'Create an employee with an initial password they must change (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "update" -d 'Change an employee\'s name, email or department (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "deactivate" -d 'Deactivate an employee: they can no longer log in, their sessions end (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "reactivate" -d 'Let a deactivated employee log in again (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "delete" -d 'Delete an employee who is no one\'s contact any more (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "forget" -d 'Forget a deactivated employee for good: name and e-mail (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and not __fish_seen_subcommand_from list show create update deactivate reactivate delete forget reset-password" -f -a "reset-password" -d 'Set a new password the employee must change at next login (management)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l name -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l email -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l department -d 'sales, support or management' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the initial password from the first line of standard input'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l name -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l email -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l department -d 'sales, support or management' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l if-version -d 'Refuse the change if the employee is no longer at this version' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the new password from the first line of standard input'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand employee; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "list" -d 'List clients, optionally only yours, one sales contact\'s, or matching a search'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "show" -d 'Show one client'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "create" -d 'Create a client; you become its sales contact (sales)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "update" -d 'Update your client\'s details (sales), or reassign its sales contact with --sales (management)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "import" -d 'Import clients from a CSV or Excel file: every row checked, all or nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "delete" -d 'Delete a client that has no contracts (management)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "export-data" -d 'Everything held about a client, as one JSON document (management, its sales contact)'
complete -c epic -n "__fish_epic_using_subcommand client; and not __fish_seen_subcommand_from list show create update import delete export-data forget" -f -a "forget" -d 'Forget a client for good: name, e-mail, phone, company and its events\' details (management)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l sales -d 'Only the clients of this sales employee: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l search -d 'Text in the name, email, company or phone, ignoring case and accents (taken literally)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l mine -d 'Only your clients (sales)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l name -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l email -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l phone -d 'Phone number; on update, an empty value removes it' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l company -d 'Company name; on update, an empty value removes it' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l name -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l email -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l phone -d 'Phone number; on update, an empty value removes it' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l company -d 'Company name; on update, an empty value removes it' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l sales -d 'Reassign the client (and its contracts) to this sales employee: an id, an e-mail or a name (management)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l if-version -d 'Refuse the change if the client is no longer at this version' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l encoding -d 'A CSV file\'s encoding [default: UTF-8 if it is, else windows-1252]' -r -f -a "utf-8\t''
windows-1252\t'What Excel saves as "CSV" on a French Windows (Latin-1 is a subset)'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report, without writing anything'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from export-data" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l inactive-since -d 'Instead, every prospect (no contract) not contacted for AGE: 3y, 18m or 90d (alone: `retention` in the config, else 3y)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l at -d 'Count the age back from this instant (RFC 3339) rather than now: for tests and drills' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l dry-run -d 'List those prospects, forget nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand client; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "list" -d 'List contracts, filtered by status, payment, client or sales contact'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "show" -d 'Show one contract'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "create" -d 'Create a contract for a client; its sales contact is the client\'s (management)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "update" -d 'Change the total or the amount due (management, or sales of the client)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "sign" -d 'Mark a contract signed (management, or sales of the client)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "unsign" -d 'Mark a contract not signed (management)'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "pay" -d 'Record a payment: lowers the amount due, never below zero'
complete -c epic -n "__fish_epic_using_subcommand contract; and not __fish_seen_subcommand_from list show create update sign unsign pay delete" -f -a "delete" -d 'Delete a contract that has no events (management)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s contracts: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l sales -d 'Only the contracts of this sales employee\'s clients: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l unsigned
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l signed
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l unpaid -d 'Only contracts with an amount still due'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l mine -d 'Only your clients\' contracts (sales)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l client -d 'The client: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l total -d 'Total amount, e.g. 5000 or 5000.50' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l due -d 'Amount still due [on create, default: the total]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l total -d 'Total amount, e.g. 5000 or 5000.50' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l due -d 'Amount still due [on create, default: the total]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l if-version -d 'Refuse the change if the contract is no longer at this version' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from unsign" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l if-version -d 'Refuse the payment if the contract is no longer at this version' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from pay" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand contract; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "list" -d 'List events: without support, yours, one support employee\'s, one contract\'s, in a period, double-booked'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "show" -d 'Show one event with its client\'s contact details'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "create" -d 'Create the event of your client\'s signed contract (sales)'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "update" -d 'Update an event (management, or its support contact); assign support with --support (management)'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "import" -d 'Import events from a CSV or Excel file: every row checked, all or nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and not __fish_seen_subcommand_from list show create update import delete" -f -a "delete" -d 'Delete an event (management)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l support -d 'Events of this support employee: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l contract -d 'Events of this contract: its id, or its client\'s e-mail or name' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l from -d 'Events starting at or after this time' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l to -d 'Events starting before this time (a day alone includes that day)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l search -d 'Text in the name, location or notes, ignoring case and accents (taken literally)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l no-support -d 'Only events without a support contact'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l overlapping -d 'Only events whose support contact is at another event at the same time'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l mine -d 'Support: events assigned to you. Sales: your clients\' events'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l upcoming -d 'Only events that have not started yet'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l contract -d 'The signed contract: its id, or its client\'s e-mail or name' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l name -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l start -d 'Local time: 2027-06-12 14:00, 12/06/2027 14h30 (day first), demain 14h, or RFC 3339 (see `epic help formatting`)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l end -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l location -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l attendees -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l notes -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l name -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l start -d 'Local time: 2027-06-12 14:00, 12/06/2027 14h30 (day first), demain 14h, or RFC 3339 (see `epic help formatting`)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l end -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l location -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l attendees -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l notes -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l support -d 'Assign this support employee: an id, an e-mail or a name (management)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l append-notes -d 'Add TEXT at the end of the notes, on a line of its own' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l if-version -d 'Refuse the change if the event is no longer at this version' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l no-support -d 'Remove the support contact (management)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l if-free -d 'Refuse the change if the support contact is at another event at the same time (otherwise it is made, with a warning)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l encoding -d 'A CSV file\'s encoding [default: UTF-8 if it is, else windows-1252]' -r -f -a "utf-8\t''
windows-1252\t'What Excel saves as "CSV" on a French Windows (Latin-1 is a subset)'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report, without writing anything'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand event; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -f -a "list" -d 'Your notifications, oldest first'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -f -a "read" -d 'Mark one notification, or all with --all, as read'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -f -a "settings" -d 'Your own settings: notifications also by e-mail (each, none, or a daily digest), and in which language'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -f -a "send" -d 'Send the e-mail that is due, where no `epic serve` does (for cron); needs the database and the mail settings'
complete -c epic -n "__fish_epic_using_subcommand notification; and not __fish_seen_subcommand_from list read settings send outbox" -f -a "outbox" -d 'The e-mail outbox (management): messages waiting to be sent and those given up on, oldest first'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l unread
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l all
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l email -d 'E-mail each notification (on), none (off), or one message a day with everything since the last (digest)' -r -f -a "on\t''
off\t''
digest\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l language -d 'The language of your e-mail' -r -f -a "fr\t''
en\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from settings" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l at -d 'Send as if it were this instant (RFC 3339): what tests and drills use to see reminders and retries fall due without waiting' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l all -d 'Also the messages sent, and those skipped (nobody to read them)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand notification; and __fish_seen_subcommand_from outbox" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand calendar; and not __fish_seen_subcommand_from url" -f -a "url" -d 'A secret URL of the team server that calendar applications subscribe to, for your own events (shown once)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l reset -d 'Make a new URL; the one you have stops working'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand calendar; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -f -a "revenue" -d 'Revenue signed and amount still due, per sales employee, for contracts signed in a period'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -f -a "unpaid" -d 'Contracts not fully paid, oldest first'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -f -a "upcoming" -d 'Events in the next days, flagging those without support'
complete -c epic -n "__fish_epic_using_subcommand report; and not __fish_seen_subcommand_from revenue unpaid upcoming monthly" -f -a "monthly" -d 'Events, attendees and events without support, per month of their start'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l from -d 'Start of the period (included) [default: 30 days ago]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l to -d 'End of the period (excluded; a day alone is included) [default: now]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from revenue" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from unpaid" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l days -d 'How many days ahead (1 to 3660)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from upcoming" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l from -d 'Start of the period (included) [default: 30 days ago]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l to -d 'End of the period (excluded; a day alone is included) [default: now]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand report; and __fish_seen_subcommand_from monthly" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand audit; and not __fish_seen_subcommand_from list" -f -a "list" -d 'Every change, newest first: who, when, what changed (management)'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l entity -d 'employee, client, contract or event' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l id -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Changes made by this employee: an id, an e-mail or a name' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only changes made at or after this time (a day alone: from its start)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most N changes, the newest' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand demo" -l generated -d 'How many generated clients to add around the brief\'s examples' -r
complete -c epic -n "__fish_epic_using_subcommand demo" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand demo" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand demo" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand demo" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand demo" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand demo" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand demo" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand demo" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand demo" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand demo" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand demo" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand demo" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -f -a "get" -d 'Print one setting from the config file (exit 3 when unset)'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -f -a "set" -d 'Store a setting in the config file (an empty value removes it)'
complete -c epic -n "__fish_epic_using_subcommand config; and not __fish_seen_subcommand_from get set list" -f -a "list" -d 'Every setting and the file it lives in'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand completion" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand completion" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand completion" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand completion" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand completion" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand completion" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand completion" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand completion" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand completion" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand completion" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand completion" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand completion" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand help" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand help" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand help" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand help" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand help" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand help" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand help" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand help" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand help" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand help" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand help" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand help" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand man" -l out -d 'Where to write epic.1, epic-client.1, epic-client-list.1, …' -r -F
complete -c epic -n "__fish_epic_using_subcommand man" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand man" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand man" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand man" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand man" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand man" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand man" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand man" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand man" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand man" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand man" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand man" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "migrate" -d 'Apply pending migrations, all in one transaction'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "status" -d 'List migrations and whether they are applied (exit 8 if the schema does not match)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "backup" -d 'Copy the SQLite database to FILE while others keep working (owner-only file; management when logged in)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "check" -d 'Check the database: schema version; on SQLite page integrity and foreign keys, on PostgreSQL every foreign key and check against the rows (exit 8 listing each problem)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "restore" -d 'Restore an SQLite backup into a database with no company yet (never over data: exit 7)'
complete -c epic -n "__fish_epic_using_subcommand db; and not __fish_seen_subcommand_from migrate status backup check restore copy" -f -a "copy" -d 'Copy every table into an empty database at URL (SQLite or PostgreSQL), then compare both sides table by table (exit 8 on any difference; management when logged in)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The empty target: sqlite:PATH or postgres://USER@HOST/DB (PostgreSQL reads the password from ~/.pgpass or PGPASSWORD, never from here)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c epic -n "__fish_epic_using_subcommand serve" -l listen -d 'Address and port to listen on' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (read again on SIGHUP)' -r -F
complete -c epic -n "__fish_epic_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c epic -n "__fish_epic_using_subcommand serve" -l db-connections -d 'Database connections to keep open [default: db_connections of the config, else 4 per core, 4 to 32]' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l max-connections -d 'Client connections open at once; more wait to be accepted' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l header-timeout -d 'Seconds a client may take to send a request\'s header (and a TLS handshake) before its connection is closed' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l stall-timeout -d 'Seconds a response may wait for the client to take more of it before the connection is cut (the client sees a cut list)' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l trusted-proxy -d 'A reverse proxy in front whose X-Forwarded-For names the client, for the login throttle (repeatable) [default: trusted_proxies of the config]; from anyone else the header is ignored' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -s o -l format -d 'Output format [default: table on a terminal, plain otherwise]' -r -f -a "table\t''
json\t''
csv\t''
ics\t'An iCalendar file (RFC 5545), for `event list`'
xlsx\t'An Excel workbook (typed dates and amounts), to send to a file'"
complete -c epic -n "__fish_epic_using_subcommand serve" -l fields -d 'Show only these fields, in this order: id,name,start (lists, show, and what create and update print)' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l delimiter -d 'CSV cell separator: \',\', \';\' or tab, for -o csv [default: csv_delimiter in the config, else \',\'] and for reading an import [default: detected]' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l database-url -d 'Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l server -d 'The team\'s `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)' -r
complete -c epic -n "__fish_epic_using_subcommand serve" -l ca -d 'A PEM file of the company CA that signed the server\'s certificate (overrides EPIC_CA)' -r -F
complete -c epic -n "__fish_epic_using_subcommand serve" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c epic -n "__fish_epic_using_subcommand serve" -l wide -d 'Tables show every field, at full width (on a terminal they show the main ones, cut to fit)'
complete -c epic -n "__fish_epic_using_subcommand serve" -s q -l quiet -d 'Print only data and errors; a command that writes a record prints nothing'
complete -c epic -n "__fish_epic_using_subcommand serve" -l print-id -d 'A command that writes a record prints only its id (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand serve" -l yes -d 'Answer yes to confirmations (for scripts)'
complete -c epic -n "__fish_epic_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c epic -n "__fish_epic_using_subcommand serve" -s V -l version -d 'Print version'
