#!/usr/bin/perl
# Answers Business::Hours questions for BusinessHoursDifferentialTests, one per input line:
#   id <TAB> zone <TAB> week <TAB> holidays <TAB> op <TAB> start epoch <TAB> argument
# week: seven day specs for Sunday..Saturday separated by ';', each '-' (closed) or
#       comma-separated HH:MM-HH:MM ranges in order; a day's ranges become Start (first start),
#       End (last end) and Breaks (the gaps), which is how Business::Hours writes split days.
# holidays: comma-separated YYYY-MM-DD, or '-'.
# op 'add' prints add_seconds(start, argument); op 'between' prints between(start, argument).
# Prints "id <TAB> answer" per line; -1 is the module's own "gave up after 30 days".
use strict;
use warnings;
use POSIX qw(tzset);
use Business::Hours;

$| = 1;
while (my $line = <STDIN>) {
    chomp $line;
    next if $line eq '';
    my ($id, $zone, $week, $holidays, $op, $start, $argument) = split /\t/, $line;
    $ENV{TZ} = $zone;
    tzset();
    my $hours = Business::Hours->new;
    $hours->business_hours(week_hours($week), holidays => holiday_list($holidays));
    my $answer = $op eq 'add'
        ? $hours->add_seconds($start, $argument)
        : $hours->between($start, $argument);
    print "$id\t$answer\n";
}

sub week_hours {
    my @days = split /;/, shift;
    my %week;
    for my $dow (0 .. 6) {
        next if $days[$dow] eq '-';
        my @ranges = map { [ split /-/ ] } split /,/, $days[$dow];
        my @breaks = map { { Start => $ranges[$_ - 1][1], End => $ranges[$_][0] } } 1 .. $#ranges;
        $week{$dow} = { Start => $ranges[0][0], End => $ranges[-1][1], Breaks => \@breaks };
    }
    return %week;
}

sub holiday_list {
    my $holidays = shift;
    return [] if $holidays eq '-';
    return [ split /,/, $holidays ];
}
