"""actors: list them, add one, edit one. The extractor uses people's actors from the next ingest on."""

from __future__ import annotations

import click

from claimtracker.cli.common import db_option, echo_json

# store.actors.ACTOR_KINDS, spelt out so that the command line starts without duckdb and pandas.
ACTOR_KINDS = ("person", "org", "country")


@click.group(short_help="List, add and edit actors.")
def actors():
    """The people, organisations and states that claims are about.

    \b
    Example:
      python -m claimtracker actors add "Murhaf Abu Qasra" --name-ar "مرهف أبو قصرة" --country SY
    """


@actors.command("list")
@click.option("--origin", type=click.Choice(["all", "user", "gazetteer"]), default="all", show_default=True,
              help="Only actors people added (user), or the ones the gazetteer found.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for reading, json with every field.")
@db_option
def actors_list(origin, fmt, db):
    """List actors with their aliases and how many claims name them.

    \b
    Example:
      python -m claimtracker actors list --origin user
    """
    from claimtracker.store.actors import list_actors

    df = list_actors(db)
    if origin != "all" and not df.empty:
        df = df[df["origin"] == origin]
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    for r in rows:
        r["aliases"] = list(r.get("aliases") if r.get("aliases") is not None else [])
    if fmt == "json":
        echo_json(rows)
        return
    if not rows:
        click.echo("No actors yet.")
        return
    for r in rows:
        aliases = f"  aliases: {', '.join(r['aliases'])}" if r["aliases"] else ""
        click.echo(f"{r['actor_id']:<32} {r['name']:<28} {r.get('name_ar') or '':<20} {r['kind']:<8} "
                   f"{r.get('country') or '--':<3} {r['origin']:<10} claims: {r.get('claims', 0)}{aliases}")


def _actor_options(func):
    func = click.option("--alias", "aliases", multiple=True,
                        help="Another name it goes by, in Arabic or English (repeat for more).")(func)
    func = click.option("--country", default=None, help="ISO 3166-1 alpha-2 code of the state it represents.")(func)
    func = click.option("--kind", type=click.Choice(ACTOR_KINDS), default=None,
                        help="person, org or country (default person).")(func)
    func = click.option("--name-ar", default=None, help="Its Arabic name.")(func)
    return func


@actors.command("add")
@click.argument("name")
@_actor_options
@click.option("--id", "actor_id", default=None, help="Its id (a slug); default: made from the name.")
@db_option
def actors_add(name, name_ar, kind, country, aliases, actor_id, db):
    """Add an actor the gazetteer does not know. Ingests from now on find it.

    \b
    Example:
      python -m claimtracker actors add "Hussein Salama" --name-ar "حسين سلامة" --country SY --alias "Hussein al-Salama"
    """
    from claimtracker.store.actors import add_actor

    new_id = add_actor(db, name, name_ar=name_ar, kind=kind or "person", country=country,
                       aliases=list(aliases), actor_id=actor_id)
    click.echo(f"Added actor {new_id}.")


@actors.command("edit")
@click.argument("actor_id")
@click.option("--name", default=None, help="Its English name.")
@_actor_options
@click.option("--clear-aliases", is_flag=True, help="Remove its aliases (before adding any --alias given).")
@db_option
def actors_edit(actor_id, name, name_ar, kind, country, aliases, clear_aliases, db):
    """Change an actor's names, kind, country or aliases. --alias adds to the aliases it has.

    \b
    Example:
      python -m claimtracker actors edit ahmed-al-sharaa --alias "Abu Mohammed al-Jolani"
    """
    from claimtracker.store.actors import edit_actor, get_actor

    new_aliases = None
    if aliases or clear_aliases:
        current = [] if clear_aliases else (get_actor(db, actor_id) or {}).get("aliases", [])
        new_aliases = list(current) + list(aliases)
    edit_actor(db, actor_id, name=name, name_ar=name_ar, kind=kind, country=country, aliases=new_aliases)
    click.echo(f"Updated actor {actor_id}.")
