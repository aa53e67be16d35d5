import '../src/commands/pr-comment.ts';
